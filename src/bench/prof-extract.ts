import { prepareDoc } from '../corpus/prepare.js';
import { extractDocument } from '../extract/index.js';
import { NewsGenerator } from './generate.js';
const gen = new NewsGenerator(1);
const prepared = Array.from({ length: 1500 }, (_, i) => gen.article(i)).map((d) => prepareDoc({ id: d.id, text: d.text, meta: {}, origin: d.id }));
for (let r = 0; r < 3; r++) prepared.forEach((p) => extractDocument(p));
