import { compile, demoPack } from './rules';
const c = compile(demoPack);
for (const t of process.argv.slice(2)) { const fs = c.check(t); console.log(JSON.stringify(t)); for (const f of fs) console.log('   ', f.category, f.severity, f.ruleId, JSON.stringify(f.match)); }
