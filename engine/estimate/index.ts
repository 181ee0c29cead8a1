// The emission estimate: activity data per phase -> tCO2e per line, source, phase and total, every factor cited.
export * from './activity-schema.js';
export * from './estimate-types.js';
export { estimate, estimateActivity, type EstimateOptions } from './estimate.js';
export { cityCoordinates, defaultFactorSetId, factorSet, factorSetIds, gridRegionOf } from './factor-catalog.js';
export * from './factor-schema.js';
export { greatCircleKm } from './distance.js';
export { participantActivity, type Participant, ParticipantSchema } from './participant-footprint.js';
export { factorRegionName, perUnit, unitWords } from './resolve-factor.js';
export * from './vocabulary.js';
