/**
 * The two archipelagos, shown as the Vietnamese island districts they are under Vietnamese
 * law (Hoàng Sa district of Đà Nẵng, Trường Sa district of Khánh Hòa). Names are ours:
 * Natural Earth's own attributes ("Admin. by China", claimant lists) are deliberately dropped.
 */
export const ISLAND_DISTRICTS = [
  {
    id: 'vn-hoang-sa',
    neName: 'Paracel Islands',
    properties: {
      name_vi: 'Quần đảo Hoàng Sa',
      name_en: 'Hoang Sa (Paracel) Islands',
      name_ja: 'ホアンサ（西沙）諸島',
      parent: 'vn-da-nang',
    },
    /** geoBoundaries draws schematic copies of these islets inside Đà Nẵng, all east of this. */
    legacyIso: 'VN-DN',
    schematicWestOf: 111,
  },
  {
    id: 'vn-truong-sa',
    neName: 'Spratly Islands',
    properties: {
      name_vi: 'Quần đảo Trường Sa',
      name_en: 'Truong Sa (Spratly) Islands',
      name_ja: 'チュオンサ（南沙）諸島',
      parent: 'vn-khanh-hoa',
    },
    /** geoBoundaries draws schematic copies inside Khánh Hòa, all east of this. */
    legacyIso: 'VN-34',
    schematicWestOf: 113,
  },
] as const;
