// Common English forename short forms. A nickname always lists the record (the answer is then "cannot confirm",
// never "no"); it counts towards a strong match only when the person checking asks for nicknames, since a
// nickname widens the search and so the chance of a wrong match (docs/list.md, "Checks"). Each group is one family
// of names.

const GROUPS: readonly (readonly string[])[] = [
  ['william', 'will', 'bill', 'billy', 'liam', 'willy'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie', 'bert'],
  ['richard', 'rich', 'rick', 'ricky', 'dick'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'bess'],
  ['margaret', 'maggie', 'meg', 'peggy', 'maisie'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kat', 'cathy', 'kathy', 'kitty'],
  ['alexander', 'alex', 'alec', 'sandy', 'xander'],
  ['alexandra', 'alex', 'alexa', 'lexi', 'sasha'],
  ['christopher', 'chris', 'kit', 'topher'],
  ['christine', 'christina', 'chris', 'chrissie', 'tina'],
  ['jonathan', 'jon', 'jonny', 'johnny'],
  ['john', 'jack', 'johnny', 'jon'],
  ['james', 'jim', 'jimmy', 'jamie', 'jem'],
  ['joseph', 'joe', 'joey', 'jo'],
  ['josephine', 'jo', 'josie', 'jojo'],
  ['thomas', 'tom', 'tommy'],
  ['michael', 'mike', 'mikey', 'mick', 'mickey'],
  ['daniel', 'dan', 'danny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammie'],
  ['benjamin', 'ben', 'benny', 'benji'],
  ['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned'],
  ['anthony', 'tony', 'ant'],
  ['matthew', 'matt', 'matty'],
  ['nicholas', 'nick', 'nicky'],
  ['nicola', 'nicky', 'nikki'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'tori'],
  ['jessica', 'jess', 'jessie'],
  ['charlotte', 'charlie', 'lottie', 'lotte'],
  ['charles', 'charlie', 'chas', 'chuck'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['henry', 'harry', 'hal', 'hank'],
  ['harold', 'harry', 'hal'],
  ['abigail', 'abbie', 'abby', 'gail'],
  ['amelia', 'millie', 'amy', 'mia'],
  ['isabella', 'isabel', 'izzy', 'bella', 'issy'],
  ['eleanor', 'ellie', 'nell', 'nora'],
  ['olivia', 'liv', 'livvy', 'ollie'],
  ['oliver', 'ollie', 'olly'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['mohammed', 'muhammad', 'mohamed', 'mo'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'debbie', 'deb'],
  ['gregory', 'greg'],
  ['peter', 'pete'],
  ['andrew', 'andy', 'drew'],
  ['david', 'dave', 'davey'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['leonard', 'leo', 'len', 'lenny'],
  ['jacob', 'jake', 'jay'],
  ['zachary', 'zach', 'zack'],
  ['alfred', 'alf', 'alfie', 'fred', 'freddie'],
  ['archibald', 'archie', 'archy'],
  ['albert', 'al', 'bert', 'bertie', 'albie'],
  ['florence', 'flo', 'florrie', 'flossie'],
  ['evelyn', 'evie', 'eve'],
  ['matilda', 'tilly', 'tillie', 'mattie'],
  ['harriet', 'hattie', 'hatty', 'harri'],
  ['jennifer', 'jen', 'jenny', 'jenni'],
  ['dorothy', 'dot', 'dottie', 'dolly'],
  ['louisa', 'louise', 'lou', 'lulu'],
  ['frances', 'fran', 'frankie', 'fanny'],
  ['francis', 'frank', 'frankie'],
  ['timothy', 'tim', 'timmy'],
  ['joshua', 'josh'],
  ['nathaniel', 'nathan', 'nate', 'nat'],
  ['maximilian', 'maxwell', 'max', 'maxi'],
  ['sebastian', 'seb', 'bastian'],
  ['reginald', 'reg', 'reggie'],
  ['ernest', 'ernie'],
  ['george', 'georgie'],
  ['georgina', 'georgia', 'georgie', 'gina'],
  ['jacqueline', 'jackie', 'jacqui'],
  ['emily', 'em', 'emmy', 'millie'],
  ['penelope', 'penny', 'pen'],
  ['gabriel', 'gabe'],
  ['gabriella', 'gabrielle', 'gabby', 'ella'],
  ['cameron', 'cam'],
  ['tobias', 'toby'],
  ['lawrence', 'laurence', 'larry', 'laurie'],
  ['raymond', 'ray'],
  ['terence', 'terry'],
  ['alison', 'allie', 'ali'],
  ['caroline', 'carol', 'carrie', 'caz'],
  ['cornelius', 'con', 'neil'],
  ['dominic', 'dom'],
];

const INDEX: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    for (const name of group) {
      const set = map.get(name) ?? new Set<string>();
      for (const other of group) {
        set.add(other);
      }
      map.set(name, set);
    }
  }
  return map;
})();

/** True when two folded forenames are in the same nickname family (and are different). */
export function isNickname(a: string, b: string): boolean {
  return a !== b && (INDEX.get(a)?.has(b) ?? false);
}
