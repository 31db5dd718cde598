import { builder } from '../builder';
import './enums';
import './source';
import './evidence';
import './concept';
import './relation';
import './search';
import './neighborhood';
import './concepts';
import './stats';

export const schema = builder.toSchema({ sortSchema: true });
