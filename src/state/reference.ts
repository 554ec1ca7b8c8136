// The reference data as the screens read it (the UI reaches src/data only through state).
export { salaryData } from '../data';
