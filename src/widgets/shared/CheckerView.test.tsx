// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ablationIndicationsTextsIn } from '../../core/lesson-tools/checkers/m05-ablation-indications-texts';
import { coblationTextsIn } from '../../core/lesson-tools/checkers/m10-coblation-texts';
import PainGeneratorCheck from '../PainGeneratorCheck/PainGeneratorCheck';
import CurativePalliativeCheck from '../CurativePalliativeCheck/CurativePalliativeCheck';
import ReadinessCheck from '../ReadinessCheck/ReadinessCheck';
import { readinessTextsIn } from '../../core/lesson-tools/checkers/m03-readiness-texts';
import { augmentationTextsIn } from '../../core/lesson-tools/checkers/m07-augmentation-choice-texts';
import { mrgfusTextsIn } from '../../core/lesson-tools/checkers/m12-mrgfus-texts';
import AblationIndicationsCheck from '../AblationIndicationsCheck/AblationIndicationsCheck';
import AugmentationChoice from '../AugmentationChoice/AugmentationChoice';
import CoblationCheck from '../CoblationCheck/CoblationCheck';
import MrgfusCheck from '../MrgfusCheck/MrgfusCheck';
import { painGeneratorTextsIn } from '../../core/lesson-tools/checkers/m01-pain-generator-texts';
import { curativePalliativeTextsIn } from '../../core/lesson-tools/checkers/m02-curative-palliative-texts';

afterEach(cleanup);
const verdict = () => screen.getByTestId('check-verdict').getAttribute('data-verdict');
const answer = (user: ReturnType<typeof userEvent.setup>, group: string | RegExp, option: string | RegExp) =>
  user.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));

describe('lesson checkers (one view, module data)', () => {
  it('M1: starts incomplete with the list of questions; a new deficit shows the stop at once', async () => {
    const user = userEvent.setup();
    render(<PainGeneratorCheck lang="en" texts={painGeneratorTextsIn('en')} />);
    expect(verdict()).toBe('incomplete');
    expect(screen.getByTestId('check-missing').textContent).toMatch(/^Still to answer: Is it worse with load/);
    await answer(user, /new neurological deficit/, 'Yes');
    expect(screen.getByTestId('check-findings').textContent).toContain('spine surgeon');
  });

  it('M2 by keyboard: a 4 cm metastasis shows the guideline conflict (Italian)', async () => {
    const user = userEvent.setup();
    render(<CurativePalliativeCheck lang="it" texts={curativePalliativeTextsIn('it')} />);
    screen.getByRole('radio', { name: 'Osteoma osteoide' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Tumore maligno primitivo o metastasi' })).toHaveProperty('checked', true);
    await answer(user, /candidabile alla chirurgia/, 'No');
    await answer(user, 'Numero di localizzazioni', 'Meno di 3');
    await answer(user, /Diametro massimo della lesione/, 'Da 3 a 5 cm');
    await answer(user, /multidisciplinare/, 'Sì');
    expect(verdict()).toBe('conflict');
    expect(document.querySelector('[data-finding="size-conflict"]')!.textContent).toContain('fino a 5 cm');
  });

  it('M3: an infection makes the patient not ready', async () => {
    const user = userEvent.setup();
    render(<ReadinessCheck lang="en" texts={readinessTextsIn('en')} />);
    await answer(user, 'Procedure', 'Thermal ablation');
    await answer(user, 'Site', 'Spine');
    await answer(user, /Coagulation/, 'Yes');
    await answer(user, /Any infection/, 'Yes');
    await answer(user, /informed consent/, 'Yes');
    expect(verdict()).toBe('not-ready');
  });

  it('M5, M7, M10, M12 render their questions and reach a verdict', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<AblationIndicationsCheck lang="en" texts={ablationIndicationsTextsIn('en')} />);
    for (const g of screen.getAllByRole('group')) await user.click(within(g).getByRole('radio', { name: 'No' }));
    expect(verdict()).toBe('rt-first');
    unmount();
    const r7 = render(<AugmentationChoice lang="en" texts={augmentationTextsIn('en')} />);
    await answer(user, 'Site of the lesion', /Diaphysis/);
    expect(verdict()).toBe('surgery');
    r7.unmount();
    const r10 = render(<CoblationCheck lang="en" texts={coblationTextsIn('en')} />);
    for (const [g, o] of [[/Painful spinal tumour/, 'Yes'], [/operable/, 'No'], [/canal/, 'Yes'], [/posterior wall/, 'No'], [/cord compression/, 'No']] as const) await answer(user, g, o);
    expect(verdict()).toBe('candidate');
    r10.unmount();
    render(<MrgfusCheck lang="en" texts={mrgfusTextsIn('en')} />);
    await answer(user, /Site/, 'Vertebral body');
    await answer(user, /epidural block/, 'Yes');
    expect(verdict()).toBe('not-applicable');
  });
});
