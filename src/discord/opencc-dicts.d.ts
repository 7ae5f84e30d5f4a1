// opencc-js's dictionaries ship without types: each is a string of "from to|from to" pairs.
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariants' {
  const dict: string;
  export default dict;
}
