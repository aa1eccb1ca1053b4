'use strict';
const log = [];
function t(name, v) { log.push(name); return v; }
const { [t('key1', 'a')]: a = t('default a', 1), [t('key2', 'b')]: b = t('default b', 2) } = { b: 'B' };
console.log(a, b, log.join(','));
log.length = 0;
const [c = t('dc', 3), d = t('dd', 4)] = [t('v1', undefined), t('v2', 'D')];
console.log(c, d, log.join(','));
log.length = 0;
function f(x = t('px', 1), { y = t('py', 2) } = t('pobj', {})) { return [x, y]; }
console.log(f(), log.join(','));
log.length = 0;
const { z = t('z default', 'zz'), ...r } = { other: 1 };
console.log(z, r, log.join(','));
