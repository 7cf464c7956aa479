import { guessIndicator } from './src/extract/guess-meaning.ts';
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), '→', JSON.stringify(guessIndicator(s)));
