// GB/T 2260 codes nest by prefix: 500000 (Chongqing) contains 500101 (Wanzhou); 510000 (Sichuan) contains
// 510100 (Chengdu) and 510104. Trailing "00" pairs mark the level.

export function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

export function regionWithin(code: string, container: string): boolean {
  if (container === '000000') return true;
  return code.startsWith(regionPrefix(container));
}
