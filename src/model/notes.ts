// Why each assumption and modelling choice is what it is: for About and Settings (a lazy chunk).
export { statement, why } from '../data/notes';
