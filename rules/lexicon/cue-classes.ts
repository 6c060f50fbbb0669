/**
 * Typed cues for the judgement models: general vocabulary of the settings staff work in
 * (nurseries, pre-schools, childminders, primary and secondary schools, children's centres)
 * and of the things a policy cares about. Each class is evidence, never a verdict: a model
 * learns how much "a role beside an insult in one sentence" weighs. `source: 'general'` marks
 * vocabulary written from the policies and common usage, not from any corpus post.
 */
/** `corpus`: learnt from posts; the lint (tests/rules/lexicon-lint.test.ts) then wants two authors behind it. */
export interface CueClass { id: string; source: 'general' | 'corpus'; why: string; entries: string[] }

export const CUE_CLASSES: CueClass[] = [
  { id: 'role', source: 'general', why: "the roles of every kind of setting", entries: [
    'manager', 'managers', 'management', 'boss', 'bosses', 'owner', 'owners', 'head', 'heads', 'headteacher', 'head teacher', 'headmistress', 'headmaster',
    'deputy', 'deputy head', 'deputy manager', 'slt', 'smt', 'leadership', 'senco', 'sendco', 'room leader', 'room leaders', 'colleague', 'colleagues',
    'coworker', 'coworkers', 'co worker', 'co workers', 'workmate', 'workmates', 'ta', 'tas', 'teaching assistant', 'teaching assistants', 'governor', 'governors',
    'the trust', 'ceo', 'practitioner', 'practitioners', 'caretaker', 'dinner lady', 'dinner ladies', 'lunchtime supervisor', 'supply teacher', 'committee',
    'chair', 'the office', 'admin', 'bursar', 'key worker', 'key person', 'apprentice', 'apprentices', 'new girl', 'staff', 'the staff', 'teacher', 'teachers',
    'nursery manager', 'her ladyship', 'his lordship', 'the powers that be', 'upstairs', 'hr', 'area manager', 'regional manager', 'pta', 'leader', 'she', 'he',
    'assistant', 'assistants', 'playworker', 'playworkers', 'childminder', 'childminders', 'trustees', 'head of year', 'heads of year', 'form tutor', 'cover supervisor',
    'lsa', 'hlta', 'dsl', 'matron', 'registrar', 'site manager', 'cleaner', 'cleaners', 'volunteer', 'volunteers', 'agency staff', 'nursery nurse', 'the cook',
    // Scotland, Wales and Northern Ireland.
    'depute', 'depute head', 'headie', 'heidie', 'jannie', 'janitor', 'principal', 'vice principal', 'classroom assistant', 'classroom assistants', 'psa', 'psas',
    'pupil support assistant', 'principal teacher', 'parent council', 'alnco',
  ] },
  { id: 'children', source: 'general', why: "the words for the children of a setting, by year group and room", entries: [
    'kids', 'kid', 'children', 'child', 'pupils', 'pupil', 'my class', 'the class', 'year 1', 'year 2', 'year 3', 'year 4', 'year 5', 'year 6', 'year 7', 'year 8',
    'year 9', 'year 10', 'year 11', 'reception', 'nursery class', 'toddlers', 'toddler', 'babies', 'baby room', 'little ones', 'little one', 'key children', 'key child',
    'key group', 'preschoolers', 'tots', 'minded children', 'mindees', 'students', 'my lot', 'the boys', 'the girls', 'year group', 'ks1', 'ks2', 'eyfs',
    // Scotland and Northern Ireland: P1 to P7, S1 to S6, the weans and the bairns; Wales: the meithrin.
    'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p1s', 'p2s', 'p3s', 'p4s', 'p5s', 'p6s', 'p7s', 's1', 's2', 's3', 's4', 's5', 's6', 'weans', 'bairns', 'wains',
    'nursery unit', 'meithrin', 'elc', 'the elc',
    // Secondary schools' own years: the sixth form.
    'year 12', 'year 13', 'sixth form', 'the sixth form', 'sixth formers', 'sixth former', 'year 12s', 'year 13s', 'year 7s', 'year 8s', 'year 9s', 'year 10s', 'year 11s',
  ] },
  { id: 'families', source: 'general', why: "the words for the children's families", entries: [
    // Plurals and "a parent": one's own mum and dad are family, not the setting's families.
    'parents', 'the parent', 'a parent', 'mums', 'dads', 'families', 'carers', 'grandparents', 'guardians', 'mams', 'moms', 'one of the mums', 'one of the dads',
    'a mum', 'a dad', 'this mum', 'this dad', 'that mum', 'that dad',
  ] },
  { id: 'workplace', source: 'general', why: "the words for the workplace and its rooms", entries: [
    'work', 'at work', 'nursery', 'the nursery', 'school', 'the school', 'pre school', 'preschool', 'playgroup', 'setting', 'classroom', 'playground', 'staffroom',
    'staff room', 'the room', 'my room', 'baby room', 'toddler room', 'the hall', 'our setting', 'my setting', 'childminding', 'the academy', 'the centre', 'job', 'my job', 'shift',
  ] },
  // Words parents and pupils use of a school or nursery as much as its staff do: work talk only with other signs.
  { id: 'jargon', source: 'general', why: "the vocabulary of nurseries and schools that families use too (Ofsted, EYFS, SATs, nativity, half term)", entries: [
    'ofsted', 'eyfs', 'sats', 'assembly', 'tapestry', 'planning', 'reports', 'parents evening', "parents' evening", 'ehcp', 'sen', 'send', 'iep', 'nappy', 'nappies',
    'snack time', 'circle time', 'phonics', 'pick up', 'pickup', 'drop off', 'home time', 'story time', 'nap time', 'cover', 'appraisal', 'lesson', 'lessons',
    'detention', 'behaviour', 'exclusion', 'nativity', 'harvest festival', 'sports day', 'school trip', 'settling in', 'funded hours', '30 hours', 'fees', 'invoices',
    'fundraising', 'term', 'half term', 'dbs', 'first aid', 'safeguarding', 'care inspectorate', 'mocks', 'gcse', 'gcses', 'exams', 'homework', 'open day',
    'stay and play', 'free flow', 'messy play',
    // Scotland, Wales and Northern Ireland: CfE, SNSAs, GIRFEC, Estyn, ALN and IDPs, the ETI, the transfer test.
    'cfe', 'snsa', 'snsas', 'girfec', 'named person', 'asn', 'asn base', 'pef', 'estyn', 'aln', 'idp', 'idps', 'foundation phase', 'eti', 'transfer test',
    'board of governors', 'seesaw', 'class dojo', 'dojo',
    // Secondary schools.
    'ucas', 'coursework', 'a level', 'a levels', 'mock exams', 'residential', 'work experience',
  ] },
  // The staff's own side of the job: its duties, records, meetings and training. A parent rarely says these.
  { id: 'staff-jargon', source: 'general', why: "the words of a setting's staff for their duties, records, meetings and training (INSET, ratios, lunch duty, PPA, NQT)", entries: [
    'inset', 'inset day', 'register', 'ratio', 'ratios', 'learning journal', 'learning journals', 'observations', 'obs', 'marking', 'playground duty', 'dinner duty',
    'break duty', 'lunch duty', 'duty', 'duties', 'sleep checks', 'risk assessment', 'risk assessments', 'staff meeting', 'supply', 'ppa', 'intervention',
    'interventions', 'rota', 'lanyard', 'accident form', 'incident form', 'cpd', 'training day', 'report writing', 'data drop', 'book look', 'learning walk',
    'in service', 'in service day', 'moderation', 'cluster', 'form time', 'timetable', 'cover lesson', 'cover lessons', 'seating plan', 'seating plans',
    'lesson plan', 'lesson plans', 'nqt', 'ect', 'ucas references',
  ] },
  { id: 'insult', source: 'general', why: "common English insults and words of dislike", entries: [
    'useless', 'incompetent', 'clueless', 'idiot', 'idiots', 'stupid', 'pathetic', 'disgrace', 'disgraceful', 'liar', 'liars', 'two faced', 'bully', 'bullies', 'toxic',
    'lazy', 'unprofessional', 'joke', 'shambles', 'nightmare', 'vile', 'rude', 'awful', 'terrible', 'horrible', 'rubbish', 'worst', 'hate', 'can\'t stand', 'sick of',
    'fed up', 'snake', 'cow', 'witch', 'brat', 'brats', 'feral', 'hopeless', 'entitled', 'spoilt', 'nasty', 'ridiculous', 'shocking', 'appalling', 'embarrassing',
    'embarrassment', 'clown', 'clowns', 'muppet', 'moron', 'thick', 'dense', 'dim', 'arrogant', 'patronising', 'condescending', 'mess', 'dump', 'hell', 'nightmares',
    'gremlins', 'monsters', 'horrors', 'animals', 'zoo', 'circus', 'farce', 'cheap', 'greedy', 'tight', 'stingy', 'miserable', 'vindictive', 'spiteful', 'snide',
  ] },
  { id: 'scorn', source: 'general', why: "sarcasm markers of everyday English", entries: [
    'apparently', 'of course', 'obviously', 'clearly', 'funny how', 'love how', 'love that', 'yeah right', 'as if', 'shocker', 'who knew', 'thanks for that', 'cheers for that',
    'genius', 'inspirational', 'classy', 'priorities', 'make it make sense', 'imagine', 'must be nice', 'not naming names', 'naming no names', 'you know who you are',
    // Veiled digs: "some of us actually turn up", "we all know who".
    'some of us', 'we all know who', 'we all know', 'you know exactly', 'not pointing fingers', 'mentioning no names', 'no names mentioned', 'just saying',
    'some people', 'certain people', 'allegedly', 'so called', 'supposedly', 'sure', 'totally', 'lol', 'lmao', 'bless her', 'bless him', 'bless them',
  ] },
  { id: 'accusation', source: 'general', why: "the policies' accusations: theft, lying, cover-ups, abuse, neglect", entries: [
    'steal', 'steals', 'stole', 'stealing', 'lie', 'lies', 'lied', 'lying', 'cover up', 'covered up', 'covering up', 'fiddle', 'fiddling', 'fiddled', 'abuse', 'abusive',
    'neglect', 'neglected', 'mistreat', 'unsafe', 'out of ratio', 'breaking ratios', 'fraud', 'falsified', 'made up', 'pocket', 'pocketing', 'backhanders', 'favouritism', 'bullied',
  ] },
  // Warmth, thanks and pride: a post about a colleague or the children that says these is mostly not a dig
  // (sarcasm beside them, "brilliant, another staff meeting", is the scorn class's to say).
  { id: 'praise', source: 'general', why: "words of praise, thanks and pride", entries: [
    'thank you', 'thanks', 'thankful', 'grateful', 'proud', 'so proud', 'amazing', 'brilliant', 'superstar', 'superstars', 'star', 'stars', 'legend', 'legends',
    'fab', 'fabulous', 'fantastic', 'wonderful', 'lovely', 'love', 'loved', 'adore', 'kind', 'kindness', 'patient', 'caring', 'congratulations', 'congrats',
    'well done', 'shout out', 'shoutout', 'lucky', 'blessed', 'heartwarming', 'made my day', 'beautiful', 'incredible', 'inspiring', 'hero', 'heroes',
    'dream team', 'will be missed', 'miss you', 'good luck', 'happy retirement', 'smashed it', 'nailed it', 'gorgeous', 'precious', 'cutest', 'best ever',
    'the best', 'so much fun', 'favourite', 'delight', 'an absolute gem', 'gem', 'treasure', 'hard work', 'dedication', 'appreciate', 'appreciated',
  ] },
  // Complaint without an insult: "if one more mum asks...", "why is it always...", "I'd rather ... than ...".
  { id: 'exasperation', source: 'general', why: "the everyday English of exasperation and complaint", entries: [
    'if one more', 'one more time', 'i will scream', 'actually scream', 'i swear', 'the reason i drink', 'whoever', 'why is it always', 'why do they',
    "like i'm", "i'd rather", 'god help', 'let that sink in', "that's the tweet", 'erm', 'yet again', 'again', 'every single', 'every time', 'sick and tired',
    'give me strength', 'pisstake', 'piss take', 'taking the piss', 'more like', "i'm sure", 'just what', 'the audacity', 'the cheek', 'cheeky', 'seriously',
    'unreal', "couldn't make it up", "can't make this up", 'eye roll', 'ffs', 'fml', 'sigh', 'deep breaths', 'bite my tongue', 'biting my tongue', 'pet hate',
    'pet peeve', 'rant', 'rant over', 'venting', 'moaning', 'moan', 'kicked off', 'had a go at me', 'shouting at', 'screaming at', 'no consultation',
    'nobody noticed', 'nobody listens', 'no one listens', 'who is it for', 'no wonder', 'the state of', 'wouldn\'t send my', 'run for the hills', 'then run',
  ] },
  { id: 'negation', source: 'general', why: "negation", entries: ['not', 'never', 'no', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "can't", "won't", 'nobody', 'nothing', 'without'] },
  { id: 'self', source: 'general', why: "the first person singular", entries: ['i', "i'm", 'im', "i've", 'ive', 'me', 'my', "i'd", "i'll", 'myself'] },
  { id: 'we', source: 'general', why: "the first person plural", entries: ['we', "we're", "we've", 'our', 'us', 'ours'] },
  { id: 'own-family', source: 'general', why: "one's own family", entries: [
    'my son', 'my daughter', 'my kids', 'my boys', 'my girls', 'my husband', 'my wife', 'my partner', 'my mum', 'my dad', 'my nan', 'my sister', 'my brother', 'my grandson',
    'my granddaughter', 'my little boy', 'my little girl', 'my baby', 'my eldest', 'my youngest', 'my niece', 'my nephew', 'our kids', 'our son', 'our daughter', 'my children', 'hubby', 'the hubby',
  ] },
  // The poster's own family life: a name among these is usually a grandchild, a niece, a godson.
  { id: 'family-life', source: 'general', why: "family life outside work", entries: [
    'grandkids', 'grandchildren', 'grandchild', 'grandson', 'granddaughter', 'grandad', 'grandpa', 'grandma', 'granny', 'nana', 'nanna', 'nanny', 'auntie', 'aunty',
    'aunt', 'uncle', 'cousin', 'cousins', 'niece', 'nephew', 'godson', 'goddaughter', 'godmother', 'godfather', 'birthday', 'bday', 'christening', 'wedding',
    'flower girl', 'page boy', 'pageboy', 'bridesmaid', 'baby shower', 'gender reveal', 'newborn', 'big brother', 'big sister', 'little brother', 'little sister',
    'siblings', 'family', 'proud mum', 'proud dad', 'proud nan', 'proud grandma', 'proud auntie', 'mummy', 'daddy', 'stepson', 'stepdaughter',
  ] },
  // A parent's side of a school or nursery: their child's setting and its staff, not the poster's workplace.
  { id: 'parent-side', source: 'general', why: "a child's own school, nursery or teacher, seen from home", entries: [
    'his nursery', 'her nursery', 'their nursery', 'his new nursery', 'her new nursery', 'his school', 'her school', 'their school', 'his new school',
    'her new school', 'his teacher', 'her teacher', 'their teacher', 'his teachers', 'her teachers', 'his key person', 'her key person', 'his key worker',
    'her key worker', 'his childminder', 'her childminder', 'his preschool', 'her preschool', 'his pre school', 'her pre school', 'school run', 'as a parent',
    'as a mum', 'as a mam', 'as a dad', 'mum of', 'mam of', 'dad of', 'parents evening for', 'his school trip', 'her school trip', 'his class teacher', 'her class teacher',
  ] },
  // Other people's jobs: shops, warehouses, wards, offices. Their managers and rotas are not a setting's.
  { id: 'other-work', source: 'general', why: "workplaces and work outside childcare and schools", entries: [
    'warehouse', 'depot', 'tills', 'on the tills', 'the till', 'checkout', 'call centre', 'factory', 'shop floor', 'the ward', 'on the ward', 'the wards', 'patients',
    'my patients', 'customers', 'customer', 'the store', 'retail', 'supermarket', 'care home', 'residents', 'the salon', 'clients', 'my clients', 'building site',
    'lorry', 'hgv', 'deliveries', 'delivery driver', 'nhs', 'a and e', 'paramedic', 'paramedics', 'receptionist', 'spreadsheet',
    'spreadsheets', 'teams call', 'zoom call', 'the company', 'corporate', 'sales', 'sales targets', 'tesco', 'asda', 'sainsburys', 'aldi',
    'lidl', 'amazon', 'morrisons', 'costa', 'greggs', 'mcdonalds', 'the bank', 'the garage', 'mechanic', 'the bar',
    // Said of one's own job elsewhere: a ward, nights, a shop or a kitchen; not places one visits (the hospital, the surgery).
    'charity shop', 'our ward', 'my ward', 'nurses', 'night shift', 'on nights', 'fire station', 'firefighters', 'kitchen porter', 'bakery',
    'office job', 'the whole company', 'top sellers', 'head office', 'care workers', 'my shop', 'the call centre', 'hairdresser', 'hairdressers',
  ] },
  { id: 'sport', source: 'general', why: "the vocabulary of sport", entries: [
    'football', 'match', 'goal', 'goals', 'scored', 'league', 'premier league', 'f1', 'grand prix', 'race', 'player', 'players', 'team', 'cricket', 'rugby',
    'tennis', 'wimbledon', 'golf', 'darts', 'snooker', 'boxing', 'olympics', 'world cup', 'euros', 'referee', 'striker', 'keeper', 'season ticket', 'fixtures',
    // The professional game, not the under-9s' tournament a member of staff coaches.
    'birdie', 'hole in one', 'ryder cup', 'six nations', 'grand slam', 'fa cup', 'champions league',
  ] },
  { id: 'politics', source: 'general', why: "parties, elections and campaigning", entries: [
    'vote', 'voting', 'votes', 'election', 'elections', 'labour', 'tory', 'tories', 'conservative', 'conservatives', 'lib dem', 'lib dems', 'liberal democrats', 'reform',
    'green party', 'greens', 'snp', 'plaid', 'petition', 'protest', 'strike', 'rally', 'campaign', 'campaigning', 'mp', 'councillor', 'candidate', 'referendum',
    'canvassing', 'government', 'brexit', 'polling', 'ballot', 'union', 'picket', 'manifesto', 'parliament', 'prime minister', 'starmer', 'farage', 'sunak',
  ] },
  { id: 'faith', source: 'general', why: "the vocabulary of faith and worship", entries: [
    'church', 'jesus', 'god', 'lord', 'christ', 'prayer', 'pray', 'praying', 'bible', 'alpha', 'mosque', 'allah', 'temple', 'gospel', 'faith', 'salvation', 'saved',
    'repent', 'worship', 'baptism', 'mass', 'service', 'sermon', 'scripture', 'heaven', 'sin', 'sinners', 'holy spirit', 'christian', 'christians', 'islam', 'muslim',
  ] },
  { id: 'urging', source: 'general', why: "calls to act: join, sign, share, vote", entries: [
    'join us', 'join me', 'come along', 'come and join', 'sign', 'sign up', 'please sign', 'share', 'please share', 'donate', "don't forget to", 'make sure you', 'everyone should',
    'you must', 'you need to', 'get out and', 'please vote', 'vote for', 'vote against', 'support', 'stand with', 'stand up', 'dm me', 'message me', 'all welcome', 'everyone welcome',
    'bring a friend', 'link in bio', 'your voice', 'make your voice heard', 'write to your mp', 'it\'s not too late', 'open your heart', 'invite you',
  ] },
  { id: 'place-lead', source: 'general', why: "the lead-ins of saying where one works", entries: [
    'work at', 'works at', 'working at', 'worked at', 'work for', 'working for', 'based at', 'job at', 'shift at', 'day at', 'years at', 'started at', 'starting at', 'joined',
    'joining', 'leaving', 'left', 'come and see me', 'come see me', 'find me at', 'see me at', 'at our', 'at my', 'teach at', 'teaching at', 'volunteer at', 'placement at', 'interview at',
  ] },
  { id: 'confidential', source: 'general', why: "the policy terms of confidential matters", entries: [
    'confidential', 'secret', "don't tell", 'between us', 'off the record', 'not supposed to', 'keep it quiet', 'social services', 'social worker', 'referral', 'allegation',
    'investigation', 'disciplinary', 'suspended', 'police', 'custody', 'court', 'diagnosis', 'diagnosed', 'autism', 'adhd', 'allergy', 'medication', 'redundancies', 'closing',
  ] },
  // What the policies call confidential, by kind: a child's health and needs, what happened at
  // the setting, its staffing and money and inspections, a family's private life.
  { id: 'health', source: 'general', why: "a child's health and needs", entries: [
    'allergy', 'allergies', 'allergic', 'epipen', 'epi pen', 'asthma', 'inhaler', 'seizure', 'seizures', 'epilepsy', 'diabetes', 'diabetic', 'medication', 'medicine',
    'diagnosis', 'diagnosed', 'assessment', 'paediatrician', 'camhs', 'speech therapy', 'speech and language', 'hospital', 'surgery', 'operation', 'illness',
    'autism', 'autistic', 'adhd', 'sen', 'send', 'ehcp', 'speech delay', 'delayed', 'hearing aid', 'additional needs', 'special needs', 'one to one', '1:1', 'referral',
  ] },
  { id: 'incident', source: 'general', why: "incidents, accidents and complaints at a setting", entries: [
    'incident', 'accident', 'injury', 'injured', 'head bump', 'bumped', 'bitten', 'biting', 'bruise', 'bruises', 'bruising', 'stitches', 'ambulance', 'complaint',
    'complaints', 'complained', 'allegation', 'allegations', 'investigation', 'lado', 'restraint', 'positive handling', 'went missing', 'ran off', 'escaped',
    'reported', 'escalated', 'accident form', 'incident form', 'body map',
  ] },
  { id: 'staffing-money', source: 'general', why: "a setting's staffing, money and inspections", entries: [
    'redundancy', 'redundancies', 'redundant', 'restructure', 'restructuring', 'cuts', 'funding', 'budget', 'deficit', 'finances', 'pay rise', 'wages', 'salary',
    'contract', 'contracts', 'hours cut', 'agency staff', 'handed in my notice', 'handed her notice', 'resigned', 'resignation', 'sacked', 'fired', 'let go',
    'disciplinary', 'grievance', 'tribunal', 'off sick', 'signed off', 'sick leave', 'inspection', 'inspector', 'inspectors', 'inspection report', 'grade', 'rating',
    'requires improvement', 'inadequate', 'unannounced', 'fees going up', 'fee increase', 'takeover', 'closing down', 'for sale', 'staff shortage', 'short staffed',
  ] },
  { id: 'family-situation', source: 'general', why: "a family's private situation in the words of safeguarding", entries: [
    'divorce', 'divorced', 'separated', 'split up', 'splitting up', 'custody', 'court', 'prison', 'arrested', 'police', 'social services', 'social worker', 'foster',
    'fostered', 'foster care', 'foster carer', 'adopted', 'adoption', 'care order', 'looked after', 'bereavement', 'passed away', 'domestic', 'refuge', 'homeless',
    'evicted', 'benefits', 'debt', 'arrears', 'food bank', 'going through a lot', 'at home', 'home life', 'new partner', 'restraining order',
  ] },
  { id: 'pet', source: 'general', why: "pets and their care", entries: [
    'dog', 'dogs', 'cat', 'cats', 'puppy', 'pup', 'kitten', 'vet', 'vets', 'walkies', 'fur baby', 'fur babies', 'hens', 'chickens', 'rescue', 'lead', 'collar',
    'labrador', 'spaniel', 'cockapoo', 'terrier', 'rabbit', 'hamster', 'horse', 'pony', 'dogsofinstagram', 'catsofinstagram', 'petsofinstagram', 'puppylove', 'woof',
  ] },
  { id: 'media', source: 'general', why: "telly, films, music, books, star signs", entries: [
    'telly', 'tv', 'film', 'films', 'movie', 'episode', 'series', 'season', 'song', 'songs', 'band', 'album', 'cartoon', 'musical', 'show', 'netflix', 'watching',
    'watched', 'theme tune', 'sang', 'singing', 'gig', 'concert', 'theatre', 'book', 'novel', 'character', 'actor', 'actress', 'star sign', 'horoscope', 'astrology',
    'radio', 'documentary', 'iplayer', 'cbeebies', 'podcast', 'breakfast show', 'oscar', 'oscars', 'bafta', 'premiere', 'casting', 'soundtrack',
    'strictly', 'x factor', 'love island', 'eastenders', 'corrie', 'coronation street', 'emmerdale', 'the apprentice', 'celebrity', 'celeb',
    'arena', 'tour', 'singer', 'comedian', 'stand up', 'autograph', 'signing books', 'book signing', 'youtube', 'tiktok',
  ] },
  { id: 'place', source: 'general', why: "everyday places and travel", entries: [
    'island', 'beach', 'holiday', 'trip', 'flight', 'flying', 'drive', 'road', 'street', 'shop', 'cafe', 'kitchen', 'restaurant', 'pub', 'hotel', 'moon', 'garden', 'weather',
  ] },
];

/**
 * The roles no shop, café or office has ("the head", "the SENCo", "the DSL"): "the" + one of these is the poster's own
 * setting's, while "the staff" and "the manager" are as often a restaurant's.
 */
export const ROLES_ONLY_A_SETTING_HAS: ReadonlySet<string> = new Set([
  'head', 'heads', 'headteacher', 'head teacher', 'headmistress', 'headmaster', 'deputy', 'deputy head', 'deputy manager', 'slt', 'smt', 'senco', 'sendco',
  'room leader', 'room leaders', 'ta', 'tas', 'teaching assistant', 'teaching assistants', 'governors', 'the trust', 'practitioners', 'dinner lady',
  'dinner ladies', 'lunchtime supervisor', 'supply teacher', 'key person', 'lsa', 'hlta', 'dsl', 'depute', 'depute head', 'headie', 'heidie', 'jannie',
  'classroom assistant', 'classroom assistants', 'psa', 'psas', 'pupil support assistant', 'principal teacher', 'alnco', 'head of year', 'heads of year',
  'form tutor', 'cover supervisor', 'nursery manager', 'nursery nurse', 'bursar', 'matron', 'area manager', 'regional manager',
]);
