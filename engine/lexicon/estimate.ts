// The words of an emission estimate: the phases and sources of the national guideline's boundary, each activity
// and unit by name, the regional grids, and the sentences an estimate says (its lines, the fallback to the national
// grid factor, the foreign factors, what could not be estimated). Used by the engine, the CLI and the pages alike.
import type { GridRegion } from '../estimate/factor-schema.js';
import type { EmissionSource, EstimatePhase } from '../estimate/vocabulary.js';
import type { BilingualText } from './words.js';

export const ESTIMATE_PHASE_LABELS: Record<EstimatePhase, BilingualText> = {
  preparation: { zh: '筹备阶段', en: 'Preparation' },
  holding: { zh: '举办阶段', en: 'Holding' },
  closing: { zh: '收尾阶段', en: 'Closing' },
};

export const EMISSION_SOURCE_LABELS: Record<EmissionSource, BilingualText> = {
  'fossil-fuel': { zh: '化石燃料燃烧', en: 'Fossil fuel burned' },
  'electricity-heat': { zh: '外购电力和热力', en: 'Purchased electricity and heat' },
  travel: { zh: '交通出行', en: 'Travel' },
  'accommodation-catering': { zh: '住宿餐饮', en: 'Accommodation and catering' },
  materials: { zh: '活动物料', en: 'Event materials' },
  waste: { zh: '废弃物处理', en: 'Waste treatment' },
};

/** Each activity, by its factor key. */
export const ACTIVITY_LABELS: Record<string, BilingualText> = {
  electricity: { zh: '外购电力', en: 'Purchased electricity' },
  heat: { zh: '外购热力', en: 'Purchased heat' },
  'fuel.natural-gas': { zh: '天然气', en: 'Natural gas' },
  'fuel.diesel': { zh: '柴油', en: 'Diesel' },
  'fuel.petrol': { zh: '汽油', en: 'Petrol' },
  'fuel.lpg': { zh: '液化石油气', en: 'LPG' },
  'travel.air-short-haul': { zh: '飞机（短途）', en: 'Air, short haul' },
  'travel.air-long-haul': { zh: '飞机（长途）', en: 'Air, long haul' },
  'travel.high-speed-rail': { zh: '高铁', en: 'High-speed rail' },
  'travel.rail': { zh: '普通铁路', en: 'Rail' },
  'travel.coach': { zh: '长途客车', en: 'Coach' },
  'travel.car-petrol': { zh: '小汽车（汽油）', en: 'Car, petrol' },
  'travel.car-diesel': { zh: '小汽车（柴油）', en: 'Car, diesel' },
  'travel.car-hybrid': { zh: '小汽车（混合动力）', en: 'Car, hybrid' },
  'travel.car-electric': { zh: '小汽车（纯电动）', en: 'Car, electric' },
  'travel.metro': { zh: '地铁', en: 'Metro' },
  accommodation: { zh: '酒店住宿', en: 'Hotel nights' },
  meal: { zh: '餐饮', en: 'Meals' },
  'material.paper': { zh: '纸张', en: 'Paper' },
  'material.plastic': { zh: '塑料', en: 'Plastic' },
  'material.other': { zh: '其他物料', en: 'Other materials' },
  'waste.landfill': { zh: '填埋', en: 'Landfill' },
  'waste.incineration': { zh: '焚烧', en: 'Incineration' },
  'waste.composting': { zh: '堆肥', en: 'Composting' },
  'waste.recycling': { zh: '回收', en: 'Recycling' },
};

export const UNIT_LABELS: Record<string, BilingualText> = {
  kWh: { zh: '千瓦时', en: 'kWh' },
  MWh: { zh: '兆瓦时', en: 'MWh' },
  GJ: { zh: '吉焦', en: 'GJ' },
  MJ: { zh: '兆焦', en: 'MJ' },
  m3: { zh: '立方米', en: 'm³' },
  kg: { zh: '千克', en: 'kg' },
  t: { zh: '吨', en: 't' },
  L: { zh: '升', en: 'L' },
  'passenger-km': { zh: '人公里', en: 'passenger-km' },
  'vehicle-km': { zh: '车公里', en: 'vehicle-km' },
  'room-night': { zh: '间夜', en: 'room-night' },
  meal: { zh: '餐', en: 'meal' },
};

export const GRID_REGION_LABELS: Record<GridRegion, BilingualText> = {
  north: { zh: '华北区域电网', en: 'North China grid' },
  'north-east': { zh: '东北区域电网', en: 'North-east China grid' },
  east: { zh: '华东区域电网', en: 'East China grid' },
  central: { zh: '华中区域电网', en: 'Central China grid' },
  'north-west': { zh: '西北区域电网', en: 'North-west China grid' },
  south: { zh: '南方区域电网', en: 'South China grid' },
  'south-west': { zh: '西南区域电网', en: 'South-west China grid' },
};

export const ESTIMATE_WORDS = {
  national: { zh: '全国', en: 'China (national)' },
  foreignRegion: { zh: '英国（境外因子）', en: 'United Kingdom (foreign factor)' },
  unconfirmed: { zh: '未核实', en: 'unconfirmed' },
  yearOf: { zh: '{year}年', en: '{year}' },
  perUnit: { zh: 'kgCO2e/{unit}', en: 'kg CO2e per {unit}' },
  /** One line, its arithmetic written out. */
  line: {
    zh: '{activity}：{amount} {unit} × {factor} {perUnit}（{region}，{year}，{source}{basis}）= {tco2e} tCO2e',
    en: '{activity}: {amount} {unit} × {factor} {perUnit} ({region}, {year}, {source}{basis}) = {tco2e} tCO2e',
  },
  originLine: {
    zh: '{participants}人自{origin}出发，距离{distance}公里{trip}',
    en: '{participants} from {origin}, {distance} km{trip}',
  },
  roundTrip: { zh: '，往返', en: ', there and back' },
  oneWay: { zh: '，单程', en: ', one way' },
  oneCarEach: { zh: '（按每人一辆车计）', en: ' (one car each)' },
  ownFactor: { zh: '组织方提供：{source}', en: 'given by the organizer: {source}' },
  /** Why the national grid factor is used. */
  fallbackNoVenue: {
    zh: '未给出活动举办地，电力按全国电网平均排放因子计算',
    en: 'No venue was given: electricity uses the national grid average factor',
  },
  fallbackUnknownRegion: {
    zh: '举办地{region}不属于任何已发布因子的区域电网，电力按全国电网平均排放因子计算',
    en: 'The venue, {region}, is on no regional grid with a published factor: electricity uses the national grid average factor',
  },
  fallbackNoRegional: {
    zh: '{year}年未发布{grid}的排放因子，电力按全国电网平均排放因子计算',
    en: 'No {year} factor was published for the {grid}: electricity uses the national grid average factor',
  },
  foreignNote: {
    zh: '以下各项没有已发布的中国因子，采用境外因子（{table}）：{items}',
    en: 'No Chinese factor is published for these, so foreign factors are used ({table}): {items}',
  },
  unconfirmedNote: {
    zh: '标注“未核实”的因子尚未与原文核对',
    en: 'Factors marked unconfirmed have not been checked against their source here',
  },
  noFactor: {
    zh: '{activity}没有可用的排放因子，未计入合计',
    en: '{activity} has no emission factor and is left out of the total',
  },
  noFactorQuestion: {
    zh: '{activity}的排放因子是多少（kgCO2e/{unit}）？请在该项的 factor 中给出数值和来源',
    en: 'What is the emission factor of {activity} (kg CO2e per {unit})? Give its value and source in the item\'s factor',
  },
  leftOut: { zh: '合计不含：{items}', en: 'The total leaves out: {items}' },
  /** The plan check said on an estimate. */
  planEstimate: {
    zh: '未给出排放量：按活动数据估算为 {total} tCO2e（{set}），抵消计划据此核查；这是估算值，活动结束后应以核算值为准',
    en: 'No emissions were given: the activity data estimate {total} tCO2e ({set}), and the plan is checked against that. It is an estimate: after the event, the accounted figure is what counts',
  },
} satisfies Record<string, BilingualText>;

/** The words of the estimate page (server/pages/estimate-*.tsx). */
export const ESTIMATE_PAGE_WORDS = {
  link: { zh: '估算活动排放量（可选）', en: 'Estimate the event’s emissions (optional)' },
  title: { zh: '活动排放量估算', en: 'Emission estimate' },
  intro: {
    zh: '按活动数据估算温室气体排放量（tCO2e），按阶段和排放源汇总，每个排放因子都注明来源。预填的数值是默认值，请按实际情况修改。',
    en: 'An estimate of the event’s greenhouse gas emissions (tCO2e) from its activity data, by phase and source, every factor with its source. The values filled in are defaults: change them to your own.',
  },
  defaultValue: { zh: '默认值：{value}', en: 'default: {value}' },
  defaultsUsed: { zh: '以下数值为默认值，未经修改：{items}', en: 'These values are the defaults, unchanged: {items}' },
  venue: { zh: '活动举办城市', en: 'City of the venue' },
  noVenue: { zh: '未选择（按全国电网因子）', en: 'Not chosen (national grid factor)' },
  electricity: { zh: '举办阶段用电量（千瓦时）', en: 'Electricity while the event is held (kWh)' },
  prepElectricity: { zh: '筹备阶段用电量（千瓦时）', en: 'Electricity while preparing (kWh)' },
  gas: { zh: '场馆天然气用量（立方米）', en: 'Natural gas at the venue (m³)' },
  diesel: { zh: '活动车辆柴油用量（千克）', en: 'Diesel of the event’s vehicles (kg)' },
  origins: { zh: '外地参与者：出发城市、交通方式和人数（往返）', en: 'Participants from elsewhere: city, mode and number (there and back)' },
  originCity: { zh: '出发城市', en: 'From' },
  mode: { zh: '交通方式', en: 'Mode' },
  people: { zh: '人数', en: 'People' },
  nights: { zh: '酒店住宿（间夜）', en: 'Hotel nights (room-nights)' },
  meals: { zh: '餐饮（餐次）', en: 'Meals' },
  mealFactor: { zh: '每餐排放因子（kgCO2e/餐，可选）', en: 'Emission factor per meal (kg CO2e per meal, optional)' },
  mealSource: { zh: '每餐排放因子的来源', en: 'Where the meal factor comes from' },
  paper: { zh: '纸张用量（千克）', en: 'Paper (kg)' },
  plastic: { zh: '塑料用量（千克）', en: 'Plastic (kg)' },
  waste: { zh: '收尾阶段填埋垃圾（千克）', en: 'Waste to landfill after the event (kg)' },
  submit: { zh: '估算', en: 'Estimate' },
  result: { zh: '估算结果', en: 'The estimate' },
  total: { zh: '合计', en: 'Total' },
  chart: { zh: '按阶段和排放源的排放量（tCO2e）', en: 'Emissions by phase and source (tCO2e)' },
  lines: { zh: '计算明细', en: 'How each line is computed' },
  notes: { zh: '说明', en: 'Notes' },
  needed: { zh: '还需要', en: 'Still needed' },
  problems: { zh: '请更正以下内容', en: 'Please correct' },
  back: { zh: '返回查询结果', en: 'Back to the answer' },
  none: { zh: '无', en: 'none' },
} satisfies Record<string, BilingualText>;
