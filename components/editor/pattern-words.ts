/** A pattern's problem said so a manager can fix it: the engine's RE2 message names the wrong thing for look-arounds. */
import { regexProblem } from '../../rules';

const DETAILS: [RegExp, string][] = [
  [/missing closing \]/, 'a [ is opened but never closed with ]'],
  [/missing closing \)/, 'a ( is opened but never closed with )'],
  [/unexpected \)/, 'there is a ) with no ( before it'],
  [/missing argument to repetition/, '*, + or ? has nothing before it to repeat'],
  [/invalid repeat count/, 'a {min,max} count is the wrong way round or too large'],
  [/invalid escape/, 'a \\ is followed by something RE2 does not know'],
];

export function patternProblem(pattern: string): string | null {
  const problem = regexProblem(pattern);
  if (!problem) return null;
  if (/\(\?<?[=!]/.test(pattern)) return 'Look-arounds such as (?<=…) or (?=…) are not supported: write the words around it into the pattern instead.';
  if (/\\[1-9]/.test(pattern)) return 'Back-references such as \\1 are not supported.';
  const known = DETAILS.find(([re]) => re.test(problem));
  return `This pattern does not work: ${known ? known[1] : problem.replace(/^regex does not compile at position \d+: /, '')}.`;
}
