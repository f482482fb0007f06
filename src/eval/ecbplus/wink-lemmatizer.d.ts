// wink-lemmatizer ships no types; these are the three functions we use (WordNet's Morphy per part of speech).
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
