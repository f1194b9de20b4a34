import { describe, expect, it } from 'vitest';
import { decideNoms } from './decide-noms';
import { nomsQueryString, parseNomsQuery } from './noms-query';

describe('NOMS URL contract', () => {
  it('reads a full link and decides from it', () => {
    const { input, notices } = parseNomsQuery('?escc=2&myelopathy=yes&histology=renal&sins=8&mechanicalPain=no&surgeryFit=yes');
    expect(notices).toEqual([]);
    expect(decideNoms(input)).toMatchObject({ kind: 'result', code: 'separation-surgery-srs' });
  });

  it('accepts the SINS tool parameters for the mechanical assessment', () => {
    const { input } = parseNomsQuery('?escc=0&radiosensitivity=sensitive&level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral&surgeryFit=no');
    expect(decideNoms(input)).toMatchObject({ kind: 'result', assessment: { sinsTotal: 12 } });
  });

  it('writes parameters in a fixed order and reads its own links back', () => {
    const input = { surgeryFit: 'no', mechanicalPain: 'yes', sins: '11', histology: 'breast', escc: '1c', myelopathy: 'no' };
    const qs = nomsQueryString(input);
    expect(qs).toBe('?escc=1c&myelopathy=no&histology=breast&sins=11&mechanicalPain=yes&surgeryFit=no');
    expect(parseNomsQuery(qs)).toEqual({ input, notices: [] });
  });

  it('lets histology win over radiosensitivity, level over location, and components over a SINS total', () => {
    const { input, notices } = parseNomsQuery('?histology=renal&radiosensitivity=sensitive&level=L3&location=rigid&sins=5&mechanicalPain=yes');
    expect(input).toEqual({ histology: 'renal', level: 'L3' });
    expect(notices).toEqual([
      expect.objectContaining({ param: 'radiosensitivity', reason: 'superseded', by: 'histology=renal' }),
      expect.objectContaining({ param: 'location', reason: 'superseded', by: 'level=L3' }),
      expect.objectContaining({ param: 'sins', reason: 'superseded', by: 'level' }),
      expect.objectContaining({ param: 'mechanicalPain', reason: 'superseded', by: 'level' }),
    ]);
  });

  it('turns bad values and unknown parameters into notices', () => {
    const { input, notices } = parseNomsQuery('?escc=5&sins=19&surgeryFit=maybe&x=1&myelopathy=yes');
    expect(input).toEqual({ myelopathy: 'yes' });
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['escc', 'unknown-value'],
      ['surgeryFit', 'unknown-value'],
      ['x', 'unknown-param'],
      ['sins', 'unknown-value'],
    ]);
  });
});
