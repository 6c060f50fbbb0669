/**
 * Seeking to influence others' political or religious views, or to recruit: urging a vote,
 * a petition, a march, a faith. Mentioning an election or going to church is not persuasion.
 */
import { ANY, oneOf, words } from './pattern';

const PARTIES = oneOf(['labour', 'tory', 'tories', 'conservatives?', 'lib dems?', 'liberal democrats?', 'lib dem', 'greens?', 'green party', 'reform(?: uk)?', 'snp', 'plaid(?: cymru)?', 'ukip', 'sinn fein', 'dup', 'independent', 'leave', 'remain', 'brexit party', 'corbyn', 'starmer', 'farage', 'sunak', 'badenoch', 'trump', 'harris', 'biden', 'republicans?', 'democrats?']);
const FAITH = oneOf(['jesus', 'christ', 'god', 'the lord', 'allah', 'the gospel', 'the bible', 'the church', 'the quran', 'the prophet', 'our saviour', 'the saviour']);
const GATHERINGS = oneOf(['march', 'rally', 'protest', 'demo', 'demonstration', 'picket', 'picket line', 'vigil', 'strike', 'church', 'mass', 'service', 'prayer meeting', 'prayers', 'mosque', 'temple', 'gurdwara', 'synagogue', 'worship', 'bible study', 'alpha course', 'revival', 'campaign', 'hustings', 'canvassing', 'leafleting', 'door knocking']);

export const POLITICAL_RULES: { id: string; re: RegExp }[] = [
  { id: 'vote', re: words(`(?:vote|voting|votes) (?:for )?${PARTIES}|vote (?:them|him|her) out|(?:please |everyone |go |make sure you |you must |you need to |we need to |you should |don't )vote (?:for |against )?(?:${PARTIES}|(?:the |our |your )?${ANY}?candidate)|${PARTIES} (?:out|in)(?= \\||$)|get (?:the )?${PARTIES} out|kick (?:the )?${PARTIES} out|(?:never|don't ever|do not) vote ${PARTIES}|(?:vote|support|back) ${ANY}?(?:your )?(?:local )?${PARTIES}? ?candidate|#?vote(?:labour|tory|conservative|green|reform|libdem|snp|leave|remain)`) },
  { id: 'petition', re: words(`(?:sign|share|signed|please sign) (?:this|the|my|our|a) (?:petition|open letter)|(?:write to|email|contact) your (?:mp|councillor)`) },
  { id: 'recruit', re: words(`(?:join|come and join|come join|join us at|come along to|come to|come with us to|march with) (?:us |me )?(?:at |on |for |in )?(?:the |our |this |a )?(?:${ANY}{0,2}?)${GATHERINGS}|(?:join|sign up to|become a member of) (?:the )?${PARTIES}(?: party)?|join (?:the|our) (?:party|movement|union|cause|campaign|church|congregation|fellowship)`) },
  { id: 'faith', re: words(`(?:accept|give your (?:life|heart) to|turn to|trust in|put your faith in|let|invite|find|come to|believe in|repent and) ${FAITH}|${FAITH} (?:loves you|is the (?:answer|way|truth)|saves|died for you|can save you|is coming)|repent|you need (?:jesus|god|the lord|allah)|(?:be|get) (?:saved|baptised|baptized)|(?:only|one) true (?:god|faith|religion)|(?:non ?believers|unbelievers|atheists|sinners) (?:will|are going to) (?:burn|go to hell)|pray for (?:our|this) (?:country|nation)`) },
];

/** An invitation near a gathering: together they recruit ("Mosque open day ... bring friends"). */
export const GATHERING = words(`(?:church|mass|service|kingdom hall|mosque|temple|gurdwara|synagogue|chapel|worship|bible study|prayer (?:meeting|group)|alpha course|revival|march|rally|protest|demo|demonstration|picket|vigil|hustings|(?:${PARTIES}) (?:meeting|rally|event|party)|party meeting|campaign (?:meeting|event))`);
export const INVITATION = words(`come and (?:join|see|find out|learn|pray|worship)|come along|come to|come with me|join (?:us|ours|me)|be there|everyone (?:is )?welcome|all welcome|bring (?:your )?(?:friends|family|friends and family)|dm me|message me|(?:should|must) come|find out the truth|learn about (?:islam|jesus|god|christ|the bible|the quran)|who's coming|see you there`);

/** Urging support for a named person or a cause, and slogans that campaign. */
export const URGING: { id: string; re: RegExp }[] = [
  { id: 'vote', re: words(`gets? my vote|should get (?:your|yours)|(?:vote|voting) for the only|vote (?:${ANY}){1,3}?for (?:councillor|mayor|mp|pcc|president|police commissioner)|(?:vote|elect|re ?elect) ${ANY}{0,2}?(?:as|for) (?:councillor|mayor|mp)|stop the boats|free palestine|(?:tories|labour|reform|starmer|farage|sunak|trump) out`) },
  { id: 'faith', re: words(`(?:pray|praying) with me|turn (?:back )?to (?:god|jesus|christ|the lord|allah)|(?:read|study|open) the (?:bible|quran|koran|gospel|scriptures)|the answers you(?:'re| are) looking for|share if you (?:agree|believe|love (?:jesus|god))|type amen|say amen`) },
];
