/**
 * Words around names: first names that are also ordinary English words, titles, the nouns
 * that turn a name into a place or an event (Hope Road, St Grace's, the summer holidays),
 * and the cues that say a word is being used as a name.
 */

/** First names that are also everyday words: only counted where used as a name. */
export const WORD_NAMES = new Set([
  'grace', 'hope', 'rose', 'summer', 'will', 'max', 'jack', 'ruby', 'amber', 'holly', 'faith', 'joy', 'lily', 'daisy', 'poppy',
  'ivy', 'autumn', 'april', 'may', 'june', 'dawn', 'eve', 'belle', 'honey', 'sky', 'storm', 'river', 'rain', 'bob', 'bill', 'mark',
  'frank', 'pat', 'sue', 'rob', 'art', 'ray', 'guy', 'dean', 'drew', 'chase', 'hunter', 'bear', 'fox', 'wolf', 'star', 'sunny',
  'angel', 'crystal', 'pearl', 'jade', 'coral', 'heather', 'iris', 'violet', 'olive', 'hazel', 'willow', 'rowan', 'ash', 'sage',
  'bay', 'brook', 'cliff', 'dale', 'glen', 'heath', 'lane', 'wade', 'miles', 'mason', 'taylor', 'archer', 'harper', 'piper',
  'sandy', 'rusty', 'penny', 'kitty', 'candy', 'misty', 'noble', 'precious', 'lucky', 'blessing', 'gift', 'promise', 'patience',
  'charity', 'mercy', 'constance', 'prudence', 'verity', 'liberty', 'harmony', 'melody', 'destiny', 'unity', 'bliss', 'ocean',
  'reed', 'sterling', 'royal', 'king', 'prince', 'duke', 'earl', 'major', 'rich', 'sonny', 'chip', 'buddy', 'teddy', 'rocky',
  'dusty', 'dolly', 'flora', 'fern', 'clay', 'stone', 'forest', 'marina', 'robin', 'wren', 'lark', 'jay', 'drake', 'nick', 'don',
  'jean', 'carol', 'bella', 'rose', 'sky', 'cherry', 'tiger', 'bunny', 'princess', 'scarlett', 'orange', 'sonny',
  'summer', 'winter', 'august', 'august', 'march', 'trinity', 'genesis', 'nevaeh', 'journey', 'serenity', 'skye', 'grey', 'gray',
  // More words of English that are given names too: plants, stones, birds and beasts, trades, virtues, weather, things.
  'chance', 'clover', 'jasper', 'pip', 'basil', 'bonnie', 'miller', 'blue', 'ember', 'juniper', 'sorrel', 'saffron',
  'clementine', 'marigold', 'primrose', 'bluebell', 'myrtle', 'lavender', 'jasmine', 'rosemary', 'ginger', 'pepper', 'maple',
  'aspen', 'cedar', 'birch', 'laurel', 'bramble', 'berry', 'blossom', 'petal', 'opal', 'jet', 'garnet', 'beryl', 'emerald',
  'diamond', 'goldie', 'sunshine', 'snow', 'frost', 'cloud', 'raven', 'dove', 'finch', 'sparrow', 'swift', 'hawk', 'falcon',
  'phoenix', 'colt', 'cash', 'flint', 'lake', 'marsh', 'moss', 'blaze', 'spark', 'arrow', 'ranger', 'knight', 'baker', 'shepherd',
  'bishop', 'story', 'echo', 'haven', 'heaven', 'honour', 'honor', 'justice', 'legend', 'saint', 'merry', 'jolly', 'kit', 'bud',
  'button', 'bean', 'pumpkin', 'peaches', 'lyric', 'reign', 'sailor',
]);

export const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'mister', 'missus', 'nurse', 'auntie', 'aunty', 'uncle', 'teacher', 'reverend', 'rev', 'revd', 'pastor', 'canon']);

/** A name followed by one of these is a place, a building or an event: Hope Road, Grace Church. */
export const PLACE_NOUNS = new Set([
  'road', 'rd', 'street', 'st', 'lane', 'avenue', 'ave', 'close', 'crescent', 'drive', 'way', 'park', 'church', 'chapel', 'cathedral',
  'school', 'academy', 'college', 'university', 'hall', 'house', 'centre', 'center', 'hospital', 'court', 'gardens', 'garden', 'green',
  'hill', 'farm', 'holidays', 'holiday', 'term', 'fair', 'fete', 'camp', 'sale', 'solstice', 'break', 'festival', 'party', 'ball',
  'concert', 'show', 'market', 'street', 'surgery', 'clinic', 'pub', 'inn', 'arms', 'hotel', 'mill', 'bridge', 'station', 'primary',
  'nursery', 'infants', 'juniors', 'estate', 'terrace', 'grove', 'square', 'place', 'row', 'walk', 'wood', 'woods', 'lake', 'bay',
  'island', 'beach', 'valley', 'field', 'fields', 'cottage', 'manor', 'court', 'tower', 'theatre', 'cinema', 'leisure', 'sports',
  'stadium', 'club', 'fc', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'town', 'village', 'county', 'shire', 'zoo', 'ark',
  'museum', 'gallery', 'library', 'time', 'sun', 'nights', 'evenings', 'days', 'mornings', 'weather', 'heat', 'term', 'reading',
  // Shops and places to eat: Frankie's Diner, Rocco's Pizzeria.
  'diner', 'cafe', 'café', 'bar', 'bistro', 'grill', 'pizzeria', 'restaurant', 'takeaway', 'chippy', 'bakery', 'deli', 'salon', 'barbers', 'kitchen', 'tearoom', 'tearooms',
]);

/** A shop or a place to eat after a possessive name is a business: Bobby's butchers, Carter's bakery. */
export const SHOP_NOUNS = new Set(['bakery', 'bakers', 'butchers', 'butcher', 'cafe', 'café', 'diner', 'bistro', 'grill', 'pizzeria', 'restaurant', 'takeaway', 'chippy', 'deli', 'salon', 'barbers', 'tearoom', 'tearooms', 'garage', 'florist', 'florists', 'newsagents', 'emporium', 'pub', 'inn', 'bar']);

/** Words before a name that make it a place or a saint: St Grace's, Saint Hope. */
export const PLACE_BEFORE = new Set(['st', 'saint', 'mount', 'port', 'fort', 'lake', 'cape', 'the']);

/** "Max the labrador": a pet that shares a child's name. */
export const PET_NOUNS = new Set(['dog', 'cat', 'puppy', 'pup', 'kitten', 'labrador', 'lab', 'spaniel', 'cockapoo', 'cavapoo', 'terrier', 'rabbit', 'bunny', 'hamster', 'guinea', 'horse', 'pony', 'tortoise', 'budgie', 'parrot', 'goldfish', 'fish', 'whippet', 'greyhound', 'collie', 'poodle', 'pug', 'dachshund', 'beagle', 'staffie', 'retriever', 'husky', 'alsatian', 'boxer']);

/** Verbs of speech and feeling around a name mark it as a person. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'shouted', 'laughed', 'cried', 'giggled', 'whispered', 'replied', 'sang',
  'loved', 'loves', 'enjoyed', 'played', 'plays', 'painted', 'drew', 'built', 'made', 'ate', 'napped', 'slept', 'smiled',
  'waved', 'ran', 'fell', 'hurt', 'bit', 'hit', 'screamed', 'cuddled', 'hugged', 'learnt', 'learned', 'managed', 'tried', 'wanted',
  'was', 'is', 'has', 'had', 'did', 'got', 'went', 'came', 'took', 'gave', 'found', 'needs', 'needed', 'started', 'finished',
]);

/** Words before a name that mark it as a person: little Will, baby Ruby, our Summer, with Grace. */
export const NAME_BEFORE = new Set(['little', 'baby', 'lil', 'wee', 'dear', 'sweet', 'our', 'with', 'and', 'for', 'to', 'from', 'like', 'told', 'asked', 'gave', 'helped', 'hugged', 'thanks', 'thank', 'love', 'bless', 'poor', 'cheeky', 'gorgeous', 'beautiful', 'lovely', 'clever', 'brave', 'tiny', 'miss', 'mrs', 'mr', 'ms']);

/** Titles of someone else altogether before a first name: Prince Harry, King Charles, Lady Jane. */
// Not "lady" (the dinner lady), "father" or "reverend" (a church school's own vicar), "captain" (a team's).
export const OTHER_PERSON_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'lord', 'dame', 'duke', 'duchess', 'pope', 'president', 'emperor', 'empress', 'tsar', 'archbishop']);

/** A first name used as a modifier of one of these is a famous person's: the Elvis documentary, Taylor songs. */
export const WORK_ABOUT_NOUNS = new Set(['documentary', 'film', 'films', 'movie', 'movies', 'biopic', 'album', 'albums', 'song', 'songs', 'tribute', 'impersonator', 'lyrics', 'musical', 'tour', 'gig', 'series', 'franchise', 'novels', 'fans', 'fanclub', 'merch', 'playlist', 'boxset']);

/** Prepositions of place: a word-name after one is more often a place than a person ("in Brooklyn", "from Skye"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'into', 'near', 'around', 'across', 'via', 'towards', 'toward', 'round', 'outside', 'visiting', 'across']);

/**
 * Words of travel before "to": "flying to Skye", "the ferry to Skye", "moving to Sienna". Not
 * "go", "went" or "back": "went to Grace for a cuddle" is a person.
 */
export const TRAVEL_WORDS = new Set(['fly', 'flying', 'flew', 'flight', 'flights', 'ferry', 'ferries', 'train', 'trains', 'drive', 'driving', 'drove', 'trip', 'trips', 'holiday', 'holidays', 'travel', 'travelling', 'traveling', 'travelled', 'move', 'moving', 'moved', 'sail', 'sailing', 'sailed', 'boat', 'journey', 'coach', 'roadtrip', 'cruise', 'emigrating', 'emigrated', 'relocating']);

/** "Isle of Harris", "the city of Sienna": the word after "of" is the place's name. */
export const PLACE_OF = new Set(['isle', 'isles', 'island', 'city', 'county', 'town', 'village', 'port', 'kingdom', 'republic', 'state', 'province', 'vale', 'valley', 'bay']);

/** Word-names that are months or seasons: "in April", "3rd June", "end of May" are times, not children. */
export const TIME_WORD_NAMES = new Set(['january', 'march', 'april', 'may', 'june', 'july', 'august', 'spring', 'summer', 'autumn', 'winter']);

/** Words right before a month or a season that make it the time of year: "in April", "since June", "last summer". */
export const TIME_BEFORE = new Set(['in', 'by', 'until', 'till', 'til', 'since', 'last', 'next', 'this', 'early', 'late', 'mid', 'during', 'throughout', 'every']);

/** "end of May", "the beginning of June". */
export const PART_OF_TIME = new Set(['end', 'start', 'beginning', 'middle', 'rest']);

/**
 * Word-names that are verbs too: at the head of a clause, before "you", "the" or "we", they are
 * the verb ("Hope you're all well", "Mark my words", "Bear with me").
 */
export const VERB_WORD_NAMES = new Set(['hope', 'will', 'mark', 'chase', 'bear', 'may', 'grace', 'pat', 'sue', 'rob', 'bill', 'trust', 'pray']);

/** Words that open the clause after such a verb: "Hope you", "Hope the parents", "Will we". */
export const CLAUSE_AFTER_VERB = new Set([
  'you', "you're", 'youre', 'your', 'ur', 'u', 'ya', 'yous', 'youse', 'the', 'everyone', 'everybody', 'all', 'we', "we're", 'they', "they're",
  'it', "it's", 'its', 'this', 'that', 'these', 'those', 'my', 'our', 'he', "he's", 'she', "she's", 'i', "i'm", 'im', 'there', 'everything', 'things',
]);

/**
 * Given names that are also places people travel to: islands, cities, counties, countries
 * (Skye, Arran, Harris, Florence, Brooklyn, Kerry). General knowledge of British and Irish
 * naming, not one post's words: each is both a common first name and a well-known place.
 */
export const PLACE_GIVEN_NAMES = new Set([
  'skye', 'iona', 'arran', 'islay', 'harris', 'lewis', 'mull', 'jura', 'bute', 'orkney', 'florence', 'brooklyn', 'paris', 'india',
  'kerry', 'derry', 'dallas', 'sienna', 'siena', 'georgia', 'chelsea', 'jersey', 'devon', 'sydney', 'austin', 'savannah', 'kenya',
  'galway', 'sligo', 'rio', 'vienna', 'verona', 'milan', 'geneva',
]);

/**
 * Words of geography and travel in a post: with one of these, a place-name like Skye or Harris
 * is the place ("a week on Skye", "Harris is the most gorgeous island"). Not "holiday", "trip" or
 * "visit": a holiday club, a school trip and a visit are a setting's own words.
 */
export const GEOGRAPHY_WORDS = new Set([
  'island', 'islands', 'isle', 'isles', 'beach', 'beaches', 'sands', 'coast', 'ferry', 'ferries', 'sailing', 'crossing', 'loch', 'lochs',
  'mountain', 'mountains', 'hills', 'views', 'view', 'sunset', 'roadtrip', 'flight', 'flights', 'cottage',
  'caravan', 'campsite', 'hotel', 'airbnb', 'abroad', 'travel', 'travels', 'travelling', 'country', 'city', 'honeymoon',
  'distillery', 'malt', 'whisky', 'bridge', 'skyline', 'rooftops', 'county', 'abbey', 'castle', 'harbour', 'village', 'town', 'map',
]);

/**
 * Words after "Name from" that place the person outside the setting: a neighbour, a shop, a
 * club, the poster's own family's circle ("Leon from over the road", "Niamh from the Co-op",
 * "Noah from my son's football team"). Not work, a room, a class or a year group: "Jack from
 * work", "Chloe from Reception" are the setting's.
 */
export const FROM_ELSEWHERE = new Set([
  'road', 'door', 'doors', 'street', 'estate', 'garage', 'shop', 'shops', 'coop', 'co', 'supermarket', 'tesco', 'asda', 'aldi', 'lidl', 'gym',
  'pub', 'club', 'football', 'rugby', 'cricket', 'golf', 'antenatal', 'campsite', 'uni', 'days', 'bank', 'salon', 'dentist',
  'pharmacy', 'chemist', 'chemists', 'vets', 'hairdressers', 'barbers', 'choir', 'zumba', 'yoga', 'pilates', 'dancing', 'slimming',
  'son', "son's", 'sons', 'daughter', "daughter's", 'daughters', 'husband', "husband's", 'wife', "wife's", 'brother', 'sister',
]);

/** Places where someone works and serves the public: "Sunita at the pharmacy", "Dawn at the post office". */
export const TRADES = new Set([
  'pharmacy', 'chemist', 'chemists', 'garage', 'post', 'bank', 'salon', 'dentist', 'dentists', 'vets', 'hairdressers', 'barbers',
  'butchers', 'bakery', 'deli', 'cafe', 'café', 'surgery', 'opticians', 'council',
]);

/**
 * A grown-up's occasions: no child of a setting retires, gets engaged or married, or goes for
 * drinks. Not "wedding" or "birthday": children are bridesmaids and have birthdays too.
 */
export const ADULT_OCCASIONS = new Set([
  'engaged', 'engagement', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'married', 'honeymoon', 'retirement', 'retired', 'retiring', 'anniversary',
  'drinks', 'pint', 'pints', 'prosecco', 'cocktails', 'mortgage', 'stag', 'hens',
]);

/**
 * Words between a name and an occasion that give the occasion to someone else: "Noah said his
 * mum got engaged", "Grace's nan's retirement do".
 */
export const SOMEONE_ELSES = new Set(['his', 'her', 'their', 'him', 'them', 'mum', 'mummy', 'mam', 'dad', 'daddy', 'nan', 'nana', 'nanny', 'grandad', 'grandma', 'granny', 'grandpa', 'auntie', 'aunty', 'aunt', 'uncle', 'brother', 'sister', 'parents', 'teacher', 'cousin']);

/**
 * English fixed expressions that hold a first name and mean a thing, not a person: Noah's ark,
 * a hunter's moon, a bobby dazzler, a grace period, a union jack, poison ivy. The name is one
 * word of the phrase; the phrase is read whole, as written or with the possessive.
 */
export const NAME_IDIOMS: readonly string[][] = [
  'noah ark', 'hunter moon', 'bobby dazzler', 'grace period', 'daisy chain', 'daisy chains', 'jack russell', 'jack russells', 'jack frost',
  'union jack', 'jack in the box', 'jack of all trades', 'jack the lad', 'peeping tom', 'doubting thomas', 'smart alec', 'smart alecs',
  'bob your uncle', 'nosey parker', 'nosy parker', 'billy no mates', 'lazy susan', 'tom thumb', 'granny smith', 'granny smiths', 'victoria sponge',
  'beef wellington', 'bloody mary', 'bloody marys', 'jolly roger', 'big ben', 'even stevens', 'johnny come lately', 'dear john', 'ivy league',
  'poison ivy', 'sweet william', 'plain jane', 'calamity jane', 'average joe', 'sloppy joe', 'sloppy joes', 'hooray henry', 'hooray henries',
  'tom cat', 'billy goat', 'billy goats', 'toby jug', 'charlie horse', 'jack daniels', 'morris dancers', 'morris dancing', 'happy harry',
  'sweet fanny adams', 'heath robinson', 'black jack', 'flash harry', 'uncle tom cobley', 'ruby wedding', 'ruby anniversary', 'pearl wedding',
  'holly and ivy', 'the holly and the ivy', 'lily pad', 'lily pads', 'rose garden', 'willow tree', 'willow pattern',
].map((p) => p.split(' '));
