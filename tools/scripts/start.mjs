// npm start: build what is not built, then run the whole platform on one port.
import { createRequire } from 'node:module';
import { apiMain, buildWhatIsNotBuilt, root } from './built.mjs';

process.chdir(root);
buildWhatIsNotBuilt();
createRequire(import.meta.url)(apiMain);
