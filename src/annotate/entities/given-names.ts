/**
 * Common given names across the languages that news in English reports on. Hand-written (no
 * external list is downloaded); used as a gazetteer feature, not as a rule: the tagger learns how
 * much to trust it.
 */
export const GIVEN_NAMES: readonly string[] = `
Aaron Abdul Abdullah Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alejandro Aleksandr Alex Alexander Alexandra
Alexei Alfred Ali Alice Alison Amanda Amy Ana Anatoly Andre Andrea Andreas Andrei Andrew Andrzej Angela Angelo Anil
Ann Anna Anne Anthony Antoine Antonio Arnold Arthur Ashok Barbara Barry Ben Benjamin Bernard Bill Bob Boris Brad
Brian Bruce Bruno Carl Carlos Carmen Caroline Catherine Charles Charlie Chris Christian Christine Christopher Claire
Claude Craig Daniel Danny David Dennis Diana Diego Dieter Dimitri Dmitry Dominic Donald Dong Douglas Duncan Edward
Elena Elizabeth Emily Emma Enrique Eric Erik Ernst Eva Fabio Fatima Felipe Fernando Francesco Francis Francisco
Frank Franz Fred Frederick Gary Geoffrey George Georg Gerald Gerhard Giovanni Giuseppe Gordon Graham Greg Gregory
Guillermo Gustavo Hans Harold Harry Hassan Heinz Helen Helmut Henri Henry Hideo Hiroshi Hussein Ian Ibrahim Igor
Ilya Isabel Ivan Jack Jacques James Jan Jane Janet Jason Javier Jean Jeff Jennifer Jeremy Jerry Jessica Jim Jimmy
Joachim Joan Joe Johan Johann John Jonathan Jorge Jose Joseph Juan Julia Julian Jurgen Karen Karl Kate
Katherine Keith Kenneth Kevin Khalid Klaus Kofi Kumar Larry Laura Laurent Lee Leonid Lisa Louis Luc Luca Luis Mahmoud
Manuel Marc Marco Margaret Maria Mario Mark Martin Mary Masood Matthew Maurice Max Michael Michel Miguel Mikhail
Mohamed Mohammad Mohammed Muhammad Nancy Natalia Nathan Neil Nelson Nicholas Nick Nicolas Nikolai Nina Noah Olga
Oliver Omar Oscar Pablo Patricia Patrick Paul Paulo Pedro Peter Philip Philippe Pierre Rafael Rahul Raj Ralph Ramon
Raymond Rebecca Ricardo Richard Robert Roberto Roger Roman Ronald Rosa Ruth Ryan Sam Samuel Sandra Sanjay Sarah
Sergei Sergey Simon Sophie Stefan Stephen Steve Steven Susan Sven Takeshi Thomas Tim Timothy Tom Tony Valentina
Valery Vasily Victor Viktor Vincent Vladimir Walter Wang Wei Werner William Wolfgang Xavier Yasser Yevgeny Yitzhak
Yoshiro Yuri Yusuf Zhang Ahn Boris Donna Elliott Ethan Gabriel Hugo Jae Jin Joon Kyung Lars Liam Lucas Mei Min
Ming Nadia Olivier Rashid Salman Sung Tariq Yong Young Zaid Hyun Seung Hae Emmanuel Recep Benjamin Narendra Xi
Shinzo Fumio Justin Joe Kamala Angela Olaf Rishi Keir Giorgia Volodymyr Antony Lloyd Sergei Hillary Barack
`
  .split(/\s+/)
  .filter((s) => s.length > 0);

const FOLDED = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));

/** Whether a lowercased word is one of the given names. */
export function isGivenName(lower: string): boolean {
  return FOLDED.has(lower);
}
