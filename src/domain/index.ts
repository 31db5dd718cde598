export * from './kinds';
export * from './relations';
export * from './evidence';
export * from './model';
export * from './tours';
export * from './errors';
export * from './limits';
export * from './ordering';
