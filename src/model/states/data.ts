// Every state's (and DC's) tax data, by USPS code: its figures, without the texts naming their sources
// (`?nosources`, a plugin in vite.config.ts; data/states/*.json keeps them, and the data tests read them there).
import akData from '../../../data/states/ak.json?nosources' with { type: 'json' };
import alData from '../../../data/states/al.json?nosources' with { type: 'json' };
import arData from '../../../data/states/ar.json?nosources' with { type: 'json' };
import azData from '../../../data/states/az.json?nosources' with { type: 'json' };
import caData from '../../../data/states/ca.json?nosources' with { type: 'json' };
import coData from '../../../data/states/co.json?nosources' with { type: 'json' };
import ctData from '../../../data/states/ct.json?nosources' with { type: 'json' };
import dcData from '../../../data/states/dc.json?nosources' with { type: 'json' };
import deData from '../../../data/states/de.json?nosources' with { type: 'json' };
import flData from '../../../data/states/fl.json?nosources' with { type: 'json' };
import gaData from '../../../data/states/ga.json?nosources' with { type: 'json' };
import hiData from '../../../data/states/hi.json?nosources' with { type: 'json' };
import iaData from '../../../data/states/ia.json?nosources' with { type: 'json' };
import idData from '../../../data/states/id.json?nosources' with { type: 'json' };
import ilData from '../../../data/states/il.json?nosources' with { type: 'json' };
import inData from '../../../data/states/in.json?nosources' with { type: 'json' };

import ksData from '../../../data/states/ks.json?nosources' with { type: 'json' };
import kyData from '../../../data/states/ky.json?nosources' with { type: 'json' };
import laData from '../../../data/states/la.json?nosources' with { type: 'json' };
import maData from '../../../data/states/ma.json?nosources' with { type: 'json' };
import mdData from '../../../data/states/md.json?nosources' with { type: 'json' };
import meData from '../../../data/states/me.json?nosources' with { type: 'json' };
import miData from '../../../data/states/mi.json?nosources' with { type: 'json' };
import mnData from '../../../data/states/mn.json?nosources' with { type: 'json' };
import moData from '../../../data/states/mo.json?nosources' with { type: 'json' };
import msData from '../../../data/states/ms.json?nosources' with { type: 'json' };
import mtData from '../../../data/states/mt.json?nosources' with { type: 'json' };
import ncData from '../../../data/states/nc.json?nosources' with { type: 'json' };
import ndData from '../../../data/states/nd.json?nosources' with { type: 'json' };
import neData from '../../../data/states/ne.json?nosources' with { type: 'json' };
import nhData from '../../../data/states/nh.json?nosources' with { type: 'json' };
import njData from '../../../data/states/nj.json?nosources' with { type: 'json' };
import nmData from '../../../data/states/nm.json?nosources' with { type: 'json' };
import nvData from '../../../data/states/nv.json?nosources' with { type: 'json' };
import nyData from '../../../data/states/ny.json?nosources' with { type: 'json' };
import ohData from '../../../data/states/oh.json?nosources' with { type: 'json' };
import okData from '../../../data/states/ok.json?nosources' with { type: 'json' };
import orData from '../../../data/states/or.json?nosources' with { type: 'json' };
import paData from '../../../data/states/pa.json?nosources' with { type: 'json' };
import riData from '../../../data/states/ri.json?nosources' with { type: 'json' };
import scData from '../../../data/states/sc.json?nosources' with { type: 'json' };
import sdData from '../../../data/states/sd.json?nosources' with { type: 'json' };
import tnData from '../../../data/states/tn.json?nosources' with { type: 'json' };
import txData from '../../../data/states/tx.json?nosources' with { type: 'json' };
import utData from '../../../data/states/ut.json?nosources' with { type: 'json' };
import vaData from '../../../data/states/va.json?nosources' with { type: 'json' };
import vtData from '../../../data/states/vt.json?nosources' with { type: 'json' };
import waData from '../../../data/states/wa.json?nosources' with { type: 'json' };
import wiData from '../../../data/states/wi.json?nosources' with { type: 'json' };
import wvData from '../../../data/states/wv.json?nosources' with { type: 'json' };
import wyData from '../../../data/states/wy.json?nosources' with { type: 'json' };
import type { StateFile } from './types';

const files = [
  akData,
  alData,
  arData,
  azData,
  caData,
  coData,
  ctData,
  dcData,
  deData,
  flData,
  gaData,
  hiData,
  iaData,
  idData,
  ilData,
  inData,
  ksData,
  kyData,
  laData,
  maData,
  mdData,
  meData,
  miData,
  mnData,
  moData,
  msData,
  mtData,
  ncData,
  ndData,
  neData,
  nhData,
  njData,
  nmData,
  nvData,
  nyData,
  ohData,
  okData,
  orData,
  paData,
  riData,
  scData,
  sdData,
  tnData,
  txData,
  utData,
  vaData,
  vtData,
  waData,
  wiData,
  wvData,
  wyData,
] as unknown as StateFile[];

/** Each state's data file by USPS code ('CA', 'DC', …). */
export const stateFiles: Readonly<Record<string, StateFile>> = Object.fromEntries(
  files.map((f) => [f.state, f]),
);
