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
import './paths';
import './explain';
import './treatments-for';
import './red-flags';
import './kind-fields';
import './tour';
import './quiz';

export const schema = builder.toSchema({ sortSchema: true });
