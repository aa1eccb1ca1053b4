console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('ß'.toUpperCase(), 'ß'.toUpperCase().length);
console.log('ΣΑΣ'.toLowerCase(), 'Σ'.toLowerCase(), 'ΑΣ ΑΣ'.toLowerCase());
console.log('ﬁ'.toUpperCase(), 'İ'.toLowerCase().length, 'ŉ'.toUpperCase());
console.log('éàü'.toUpperCase(), 'ÉÀÜ'.toLowerCase(), 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase());
console.log('ΑΒΓ'.toLowerCase(), 'абв'.toUpperCase(), 'Ⅻ'.toLowerCase());
console.log('𐐀'.toLowerCase() === '𐐨', '𐐨'.toUpperCase() === '𐐀');
console.log('123!@#'.toUpperCase(), ''.toUpperCase() === '');
