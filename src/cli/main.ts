// Placeholder entry; the meow CLI replaces it.
console.log('parley');
