import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive, utf8Bytes, utf8Length } from './murmur2';

const hash = (s: string) => murmur2(utf8Bytes(s));

describe('murmur2: published vectors (kafka-semantics.md §2.2)', () => {
  // Table A: UtilsTest.testMurmur2 (hash published, partitions computed).
  const tableA: [string, number, number, number[]][] = [
    ['21', -973932308, 1173551340, [0, 0, 0, 0, 0]],
    ['foobar', -790332482, 1357151166, [0, 0, 2, 0, 6]],
    ['a-little-bit-long-string', -985981536, 1161502112, [0, 2, 0, 2, 2]],
    ['a-little-bit-longer-string', -1486304829, 661178819, [1, 2, 3, 5, 9]],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971, 2088585677, [1, 2, 1, 5, 7]],
  ];
  it.each(tableA)('table A: %s', (key, h, positive, parts) => {
    expect(hash(key)).toBe(h);
    expect(toPositive(h)).toBe(positive);
    expect([2, 3, 4, 6, 10].map((p) => partitionForKey(key, p))).toEqual(parts);
  });

  it("table A: the raw bytes {'a','b','c'}", () => {
    const h = murmur2(Uint8Array.from([0x61, 0x62, 0x63]));
    expect(h).toBe(479470107);
    expect(toPositive(h)).toBe(479470107);
    expect([2, 3, 4, 6, 10].map((p) => toPositive(h) % p)).toEqual([1, 0, 3, 3, 7]);
  });

  it('table B: Kafka Streams keys "0".."9" on 3 partitions', () => {
    const keys = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    expect(keys.map((k) => partitionForKey(k, 3))).toEqual([2, 0, 2, 2, 1, 0, 1, 0, 0, 2]);
  });

  // Table C: librdkafka unittest_murmur2 (java_murmur2_results), compared as unsigned hex.
  const tableC: [string, number][] = [
    ['kafka', 0xd067cf64],
    ['giberish123456789', 0x8f552b0c],
    ['1234', 0x9fc97b14],
    ['234', 0xe7c009ca],
    ['34', 0x873930da],
    ['4', 0x5a4b5ca1],
    ['PreAmbleWillBeRemoved,ThePrePartThatIs', 0x78424f1c],
    ['reAmbleWillBeRemoved,ThePrePartThatIs', 0x4a62b377],
    ['eAmbleWillBeRemoved,ThePrePartThatIs', 0xe0e4e09e],
    ['AmbleWillBeRemoved,ThePrePartThatIs', 0x62b8b43f],
    ['', 0x106e08d9],
  ];
  it.each(tableC)('table C: %j', (key, hex) => {
    expect(hash(key) >>> 0).toBe(hex);
  });

  it('table C: the signed values librdkafka lists in brackets', () => {
    expect(hash('kafka')).toBe(-798503068);
    expect(hash('giberish123456789')).toBe(-1890243828);
    expect(hash('1234')).toBe(-1614185708);
    expect(hash('234')).toBe(-406844982);
    expect(hash('34')).toBe(-2026295078);
    expect(hash('4')).toBe(1514888353);
    expect(hash('PreAmbleWillBeRemoved,ThePrePartThatIs')).toBe(2017611548);
    expect(hash('')).toBe(275646681);
  });

  // Table D: kafkajs murmur2.spec.js, generated with a Java program.
  const tableD: [string, number][] = [
    ['0', 971027396],
    ['1', -1993445489],
    ['128', -326012175],
    ['2187', -1508407203],
    ['16384', -325739742],
    ['78125', -1654490814],
    ['279936', 1462227128],
    ['823543', -2014198330],
    ['2097152', 607668903],
    ['4782969', -1182699775],
    ['10000000', -1830336757],
    ['19487171', -1603849305],
    ['35831808', -857013643],
    ['62748517', -1167431028],
    ['105413504', -381294639],
    ['170859375', -1658323481],
    ['100:48069', 1009543857],
  ];
  it.each(tableD)('table D: %j', (key, h) => {
    expect(hash(key)).toBe(h);
  });
});

describe('murmur2: computed vectors (§2.2, cross-checked on JDK 17)', () => {
  const sizes = [2, 3, 4, 5, 6, 8, 10, 12];
  const computed: [string, number, number[]][] = [
    ['a', -1563381124, [0, 1, 0, 4, 4, 4, 4, 4]],
    ['b', -1853091852, [0, 2, 0, 1, 2, 4, 6, 8]],
    ['c', -1877468854, [0, 1, 2, 4, 4, 2, 4, 10]],
    ['key', -1079937367, [1, 1, 1, 1, 1, 1, 1, 1]],
    ['user-1', 1404122828, [0, 2, 0, 3, 2, 4, 8, 8]],
    ['user-2', -324981792, [0, 2, 0, 1, 2, 0, 6, 8]],
    ['user-3', 1141442267, [1, 2, 3, 2, 5, 3, 7, 11]],
    ['order-42', 501153024, [0, 0, 0, 4, 0, 0, 4, 0]],
    ['alice', 1951417749, [1, 0, 1, 4, 3, 5, 9, 9]],
    ['bob', -2048144690, [0, 0, 2, 3, 0, 6, 8, 6]],
    ['carol', 271431602, [0, 2, 2, 2, 2, 2, 2, 2]],
    ['dave', 1727131798, [0, 1, 2, 3, 4, 6, 8, 10]],
    ['10', 1164287326, [0, 1, 2, 1, 4, 6, 6, 10]],
    ['hello', 2132663229, [1, 0, 1, 4, 3, 5, 9, 9]],
    ['foo', 597841616, [0, 2, 0, 1, 2, 0, 6, 8]],
    ['bar', 988958145, [1, 0, 1, 0, 3, 1, 5, 9]],
    ['kafka', -798503068, [0, 1, 0, 0, 4, 4, 0, 4]],
    ['héllo', 614509002, [0, 0, 2, 2, 0, 2, 2, 6]],
    ['日本', -700811021, [1, 0, 3, 2, 3, 3, 7, 3]],
  ];
  it.each(computed)('%s', (key, h, parts) => {
    expect(hash(key)).toBe(h);
    expect(sizes.map((p) => partitionForKey(key, p))).toEqual(parts);
  });

  it('an IntegerSerializer key hashes its 4 big-endian bytes, not the decimal string', () => {
    const h = murmur2(Uint8Array.from([0, 0, 0, 10]));
    expect(h).toBe(-881816107);
    expect(toPositive(h) % 3).toBe(1);
    expect(partitionForKey('10', 3)).toBe(1); // same partition here by coincidence, different hash
    expect(hash('10')).not.toBe(h);
  });
});

describe('§6 scenarios 1–5', () => {
  it('1: published hashes', () => {
    expect(hash('21')).toBe(-973932308);
    expect(hash('foobar')).toBe(-790332482);
    expect(hash('abc')).toBe(479470107);
    expect(hash('')).toBe(275646681);
    expect(hash('kafka')).toBe(-798503068);
  });

  it('2: published key → partition, P=3', () => {
    expect([...'0123456789'].map((k) => partitionForKey(k, 3))).toEqual([
      2, 0, 2, 2, 1, 0, 1, 0, 0, 2,
    ]);
  });

  it('3: computed key → partition', () => {
    const p3 = ['a', 'b', 'c', 'key', 'user-1', 'alice', 'bob', 'hello'].map((k) =>
      partitionForKey(k, 3),
    );
    expect(p3).toEqual([1, 2, 1, 1, 2, 0, 0, 0]);
    expect(partitionForKey('user-3', 6)).toBe(5);
    expect(partitionForKey('order-42', 6)).toBe(0);
    expect(partitionForKey('dave', 12)).toBe(10);
  });

  it('4: growing a topic from 3 to 4 partitions remaps keys', () => {
    expect([partitionForKey('a', 3), partitionForKey('a', 4)]).toEqual([1, 0]);
    expect([partitionForKey('user-3', 3), partitionForKey('user-3', 4)]).toEqual([2, 3]);
    expect([partitionForKey('carol', 3), partitionForKey('carol', 4)]).toEqual([2, 2]);
  });

  it('5: an empty key is non-null and is hashed', () => {
    expect([2, 3, 4, 6].map((p) => partitionForKey('', p))).toEqual([1, 0, 1, 3]);
  });
});

describe('utf8Bytes', () => {
  it('encodes 1-, 2-, 3- and 4-byte characters', () => {
    expect([...utf8Bytes('héllo')]).toEqual([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
    expect([...utf8Bytes('日本')]).toEqual([0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0xac]);
    expect([...utf8Bytes('😀')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8Bytes('').length).toBe(0);
  });

  it("replaces an unpaired surrogate with '?' like Java's String.getBytes(UTF_8)", () => {
    expect([...utf8Bytes('a\ud800b')]).toEqual([0x61, 0x3f, 0x62]);
    expect([...utf8Bytes('\udc00')]).toEqual([0x3f]);
  });

  it('agrees with Node’s encoder on well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect([...utf8Bytes(s)]).toEqual([...Buffer.from(s, 'utf8')]);
      }),
    );
  });

  it('utf8Length counts the bytes utf8Bytes makes, unpaired surrogates included', () => {
    expect(utf8Length('a\ud800b')).toBe(3);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(utf8Bytes(s).length);
      }),
    );
  });

  it('partitionForKey hashes the same bytes as utf8Bytes, keys of any length one after another', () => {
    const long = `${'é'.repeat(300)}\ud83d\ude00`;
    for (const key of ['k1', long, 'k1', '\ud800x', long.slice(0, 5)]) {
      expect(partitionForKey(key, 12)).toBe(toPositive(murmur2(utf8Bytes(key))) % 12);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (key) => {
        expect(partitionForKey(key, 1000)).toBe(toPositive(murmur2(utf8Bytes(key))) % 1000);
      }),
    );
  });

  it('partitionForKey is always in range and rejects a non-positive partition count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (key, n) => {
        const p = partitionForKey(key, n);
        expect(p >= 0 && p < n && Number.isInteger(p)).toBe(true);
      }),
    );
    expect(() => partitionForKey('a', 0)).toThrow(RangeError);
  });
});
