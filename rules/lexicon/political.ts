/**
 * Seeking to influence others' political or religious views, or to recruit: urging a vote,
 * a petition, a march, a faith. Mentioning an election or going to church is not persuasion.
 */
import { ANY, anyOf, entries, oneOf, words } from './pattern';

const PARTIES = oneOf(['labour', 'tory', 'tories', 'conservatives?', 'lib dems?', 'liberal democrats?', 'lib dem', 'greens?', 'green party', 'reform(?: uk)?', 'snp', 'plaid(?: cymru)?', 'ukip', 'sinn fein', 'dup', 'independent', 'leave', 'remain', 'brexit party', 'corbyn', 'starmer', 'farage', 'sunak', 'badenoch', 'trump', 'harris', 'biden', 'republicans?', 'democrats?']);
const FAITH = oneOf(['jesus', 'christ', 'god', 'the lord', 'allah', 'the gospel', 'the bible', 'the church', 'the quran', 'the prophet', 'our saviour', 'the saviour']);
const GATHERINGS = oneOf(['march', 'rally', 'protest', 'demo', 'demonstration', 'picket', 'picket line', 'vigil', 'strike', 'church', 'mass', 'service', 'prayer meeting', 'prayers', 'mosque', 'temple', 'gurdwara', 'synagogue', 'worship', 'bible study', 'alpha course', 'revival', 'meeting house', 'quaker meeting', 'campaign', 'hustings', 'canvassing', 'leafleting', 'door knocking']);

// Trade unions staff are asked to join.
const UNIONS = oneOf(['neu', 'nasuwt', 'unison', 'unite', 'gmb', 'naht', 'nut', 'eis', 'the union', 'a union', 'your union']);
const CAMPAIGNING = 'the constructions of campaigning: urging a vote for or against a party, a petition, a march, a faith';
const VOTE = entries('political/vote', 'general', CAMPAIGNING, [
  `(?:vote|voting|votes) (?:for )?${PARTIES}`, `vote (?:them|him|her) out`,
  `(?:please |everyone |go |make sure you |you must |you need to |we need to |you should |don't )vote (?:for |against )?(?:${PARTIES}|(?:the |our |your )?${ANY}?candidate)`,
  `${PARTIES} (?:out|in)(?= \\||$)`, `get (?:the )?${PARTIES} out`, `kick (?:the )?${PARTIES} out`, `(?:never|don't ever|do not) vote ${PARTIES}`,
  `(?:vote|support|back) ${ANY}?(?:your )?(?:local )?${PARTIES}? ?candidate`,
  `vote ?(?:labour|tory|conservative|green|reform|libdem|snp|leave|remain)`,
]);
const PETITION = entries('political/petition', 'general', CAMPAIGNING, [
  `(?:sign|share|signed|please sign) (?:this|the|my|our|a) (?:${ANY}{0,2}?)(?:petition|open letter)`,
  `(?:write to|email|contact|lobby|tell|ask|message|ring|call) (?:your|their|our) (?:local )?(?:${PARTIES} )?(?:mp|mps|councillors?|mep|msp|msps|mla|mlas|ms|mss)`,
]);
const RECRUIT = entries('political/recruit', 'general', CAMPAIGNING, [

  `(?:join|come and join|come join|join us at|come along to|come to|come down to|come out to|come with us to|march with|stand with us on) (?:us |me )?(?:at |on |for |in )?(?:the |our |this |a )?(?:${ANY}{0,2}?)${GATHERINGS}`,
  `(?:join|sign up to|become a member of) (?:the )?${PARTIES}(?: party)?`,
  `join (?:the|our) (?:party|movement|union|cause|campaign|church|congregation|fellowship)`, `(?:join|sign up to|become a member of) (?:the )?${UNIONS}`,
]);
const PREACHING = entries('political/faith', 'general', 'preaching: urging others to a faith in its common formulas', [
  `(?:accept|give your (?:life|heart) to|turn to|trust in|put your faith in|let|invite|find|come to|believe in|repent and) ${FAITH}`,
  `${FAITH} (?:loves you|is the (?:answer|way|truth)|saves|died for you|can save you|is coming)`, `repent`, `you need (?:jesus|god|the lord|allah)`,
  `(?:be|get) (?:saved|baptised|baptized)`, `(?:read|open) your bible`, `turn (?:away )?from (?:sin|your sins)`,
  `come back to (?:the )?(?:church|god|jesus|the lord|mass|chapel|the mosque|your faith)`,
  // An imperative opens its sentence: "Go to church." urges; "I go to church" does not.
  `(?<=^|\\| )(?:go|come) (?:back )?to (?:church|mass|chapel|mosque|the mosque|the temple|the gurdwara|bible study)`, `(?:only|one) true (?:god|faith|religion)`,
  `(?:non ?believers|unbelievers|atheists|sinners) (?:will|are going to) (?:burn|go to hell)`, `pray for (?:our|this) (?:country|nation)`,
]);

export const POLITICAL_RULES: { id: string; re: RegExp }[] = [
  { id: 'vote', re: words(anyOf(VOTE)) },
  { id: 'petition', re: words(anyOf(PETITION)) },
  { id: 'recruit', re: words(anyOf(RECRUIT)) },
  { id: 'faith', re: words(anyOf(PREACHING)) },
];

/** An invitation near a gathering: together they recruit ("Mosque open day ... bring friends"). */
export const GATHERING = words(anyOf(entries('political/gathering', 'general', 'parties, elections, campaigns, faiths and their gatherings and places of worship', [
  `${PARTIES}`, `alpha`, `polls`, `election`, `elections`, `ballot`, `box to cross`, `strike`, `picket`, `picket line`, `union`, `canvass(?:ing)?`,
  `door ?knocking`, `leaflets?`, `leafleting`, `petition`, `councillor`, `cllr`, `mp`, `mayor`, `candidate`, `party member(?:ship)?`,
  `member of the party`, `marching`, `mosque's`, `jummah`, `jumu'ah`, `kirtan`, `hare krishna`, `god`, `allah`, `christ`, `the lord`, `bible`,
  `quran`, `koran`, `religion`, `salvation`, `gospel`, `pray`, `prayers?`, `church`, `mass`, `service`, `kingdom hall`, `mosque`, `temple`,
  `gurdwara`, `synagogue`, `chapel`, `worship`, `bible study`, `prayer (?:meeting|group)`, `alpha course`, `revival`,
  `(?<!(?:in|of|on|since|until|till|from|by|early|late|mid|end|next|last|this|\\d+(?:st|nd|rd|th)?) )march(?! \\d)`, `rally`, `protest`, `demo`,
  `demonstration`, `vigil`, `hustings`, `movement`, `meeting house`, `extinction rebellion`, `(?:${PARTIES}) (?:meeting|rally|event|party)`, `party meeting`,
  `campaign (?:meeting|event)`, `islam`, `christianity`, `jesus`, `the bible`, `the quran`, `the gospel`, `our faith`, `my faith`,
  `(?:st|saint) [a-z]+'s`,
  // Pride as the event, not the feeling ("so much pride in him"); by-elections; the far left's own names.
  `pride (?:march|parade|picnic|event|festival|month|flag)`, `by ?elections?`, `socialists?`, `socialist workers?`, `communists?`, `revolution`,
])));
export const INVITATION = words(anyOf(entries('political/invitation', 'general', 'invitations and calls to join in, in everyday words', [
  `leave your (?:church|faith|religion)`,
  `a vote for ${ANY}{1,4}?is a vote for`,
  `don't sit (?:this|it) out`,
  `come and (?:join|see|find out|learn|pray|worship|meet)`, `(?:just )?join (?:the|a|your) union`, `join (?:today|now|up|us today)`, `vote (?:yes|no) (?:in|on|to)`, `sign up`,
  `everyone should`, `no excuses`, `need(?:s)? (?:more )?(?:hands|you|numbers|volunteers|helpers)`, `re ?-?elect`, `kick (?:them|him|her) out`,
  `open your heart`, `if you (?:care about|believe in)`, `help us`, `volunteer with`,
  `bring (?:a flask|your (?:voice|flags?|kids|family|friends|banners?))`, `come to (?:jummah|mass|church|the temple|the mosque|alpha)`,
  `come with us`, `(?:everyone|all) welcome`, `come along`, `come to`, `come with me`,
  `join (?:us|ours|me|extinction rebellion|the march|the protest)`, `be there`, `everyone (?:is )?welcome`, `all welcome`,
  `bring (?:your )?(?:friends|family|friends and family|banners|placards|signs|noise|your mates|mates)`, `dm me`, `message me`, `please come`,
  `we need (?:numbers|you|everyone)`, `learn about (?:islam|jesus|god|christ|the bible|the quran)`, `who's coming`, `see you (?:all )?there`,
  `stand with`,
  // An imperative opening its sentence, perhaps after whom it calls ("Teachers, get on the picket line",
  // "Switch to the Lib Dems", "Everyone come"): it recruits when a gathering or party is within reach.
  `(?<=^|\\| )(?:please |(?:everyone|everybody|friends|folks|people|teachers|parents|all) ,? )?(?:join|switch to|sign and share|get (?:on|down|out|yourselves|themselves)|march|stand)(?= )`,
  `everybody should`, `(?:everyone|everybody) come`,
]), entries('political/invitation-seen', 'corpus', 'calls to join in as training authors write them', [
  `if anyone wants (?:one|to come|to join)`, 
  
  `give (?:him|her|it|them|god|jesus) (?:a chance|five minutes|a try)`, `you'll be at`, 
  
  `(?:should|must) come`,
  `who's in`,
])));

/** Urging support for a named person or a cause, and slogans that campaign. */
export const URGING: { id: string; re: RegExp }[] = [
  { id: 'vote', re: words(anyOf(entries('political/urging-vote', 'general', 'urging support for a candidate or party, and campaign slogans', [
  `should get (?:your|yours)`,
  `gets? my vote`,
  `(?:i'm|i am) standing (?:as|for)`, `vote for me`, `${PARTIES},? no excuses`,
  `(?:${PARTIES}) (?:are|is|were|was) (?:the only|the best|the worst|right about|finished|a disgrace|liars|scum|evil|a joke)`,
  `abolish the monarchy`, `vote (?:${ANY}){1,3}?for (?:councillor|mayor|mp|pcc|president|police commissioner)`,
  `(?:vote|elect|re ?elect) ${ANY}{0,2}?(?:as|for) (?:councillor|mayor|mp)`, `stop the boats`, `free palestine`,
  `(?:tories|labour|reform|starmer|farage|sunak|trump) out`,
  ]), entries('political/urging-vote-seen', 'corpus', 'urging a vote as training authors write it', [
  // "The only ones that survive the dog" campaigns for nothing: only a party, or talking sense, does.
  `the only party (?:talking sense|who|that)`, `the only (?:ones|people) talking sense`,
  `anyone who (?:votes?|wants to rejoin|wants to leave|still supports)`, 
  
  ]))) },
  { id: 'faith', re: words(anyOf(entries('political/urging-faith', 'general', 'preaching formulas', [
  `(?:pray|praying) with me`, `turn (?:back )?to (?:god|jesus|christ|the lord|allah)`,
  `(?:read|study|open) the (?:bible|quran|koran|gospel|scriptures)`, `type amen`, `say amen`,
  ]), entries('political/urging-faith-seen', 'corpus', 'preaching as training authors write it', [
  `share if you (?:agree|believe|love (?:jesus|god))`,
  ]))) },
];
