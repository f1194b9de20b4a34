import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Locale } from '../../core/i18n/locales';
import type { UiStrings } from '../shared/ui-strings';
import { slidePropsKey, type SlideWidgetName } from '../../core/present/widget-slides';

// The widgets' styles come with the deck page: a stylesheet that only a lazily loaded chunk imports is not
// emitted by the site build, and the chunk would then fail to load.
import '../shared/widget.css';
import '../shared/lesson-tools.css';
import '../CryoPlanner/cryo-planner.css';
import '../shared/compact.css';
import '../shared/sins-calculator.css';
import '../SumScoreCalculator/sum-score-calculator.css';

type WidgetProps = { lang: Locale; strings?: UiStrings; compact?: boolean };

/**
 * A widget module as the slide renders it. Most widgets also take their wording (texts) or a definition from the
 * deck data with their strings (slidePropsKey), which WidgetSlide spreads in: the cast says so (types only).
 */
type Loaded = Promise<{ default: ComponentType<WidgetProps> }>;

/** Each widget's code, fetched the first time its slide is on screen (one chunk per widget). */
const loaders: Record<SlideWidgetName, () => Loaded> = {
  PainGeneratorCheck: () => import('../PainGeneratorCheck/PainGeneratorCheck') as Loaded,
  CurativePalliativeCheck: () => import('../CurativePalliativeCheck/CurativePalliativeCheck') as Loaded,
  ReadinessCheck: () => import('../ReadinessCheck/ReadinessCheck') as Loaded,
  AblationIndicationsCheck: () => import('../AblationIndicationsCheck/AblationIndicationsCheck') as Loaded,
  RtResponseChart: () => import('../RtResponseChart/RtResponseChart'),
  VertebroplastyCheck: () => import('../VertebroplastyCheck/VertebroplastyCheck') as Loaded,
  VertebroplastyApproach: () => import('../VertebroplastyApproach/VertebroplastyApproach') as Loaded,
  AugmentationChoice: () => import('../AugmentationChoice/AugmentationChoice') as Loaded,
  AblationChooser: () => import('../AblationChooser/AblationChooser') as Loaded,
  CryoPlanner: () => import('../CryoPlanner/CryoPlanner') as Loaded,
  CoblationCheck: () => import('../CoblationCheck/CoblationCheck') as Loaded,
  ThermalProtectionChooser: () => import('../ThermalProtectionChooser/ThermalProtectionChooser') as Loaded,
  MrgfusCheck: () => import('../MrgfusCheck/MrgfusCheck') as Loaded,
  EmbolizationPlanner: () => import('../EmbolizationPlanner/EmbolizationPlanner') as Loaded,
  EvidenceTable: () => import('../EvidenceTable/EvidenceTable'),
  SinsCalculator: () => import('../SumScoreCalculator/SinsCalculator') as Loaded,
};

// Keyed by the same names as slideWidgets (the type makes them agree); that map itself stays out of the page.
const isLoadable = (name: string): name is SlideWidgetName => Object.prototype.hasOwnProperty.call(loaders, name);

interface Props {
  name: string;
  lang: Locale;
  strings?: Partial<Record<Locale, UiStrings>>;
  /** Shown while the code loads, and when it cannot. */
  label: string;
}

/**
 * A lesson widget live on a slide. Loads when reveal.js makes its slide the current one (the section gets
 * `present`), so the deck page carries none of the widget's code until then.
 */
export function WidgetSlide({ name, lang, strings, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [Widget, setWidget] = useState<ComponentType<WidgetProps> | null>(null);
  const [failed, setFailed] = useState(false);
  // The UI strings in the deck's current language, and the props the wrapper would resolve at build time.
  const [ui, props] = useMemo(() => {
    const { [slidePropsKey]: json, ...rest } = strings?.[lang] ?? {};
    return [rest, json ? (JSON.parse(json) as Record<string, unknown>) : {}] as const;
  }, [strings, lang]);
  useEffect(() => {
    const section = ref.current?.closest('section');
    if (!section || !isLoadable(name)) return;
    let done = false;
    const load = () => {
      if (done || !section.classList.contains('present')) return;
      done = true;
      observer.disconnect();
      loaders[name]()
        .then((m) => setWidget(() => m.default))
        .catch(() => setFailed(true));
    };
    const observer = new MutationObserver(load);
    observer.observe(section, { attributes: true, attributeFilter: ['class'] });
    load();
    return () => observer.disconnect();
  }, [name]);
  return (
    <div className="b-widget" ref={ref} data-testid="slide-widget" data-widget={name} data-loaded={Widget ? 'true' : 'false'}>
      {Widget ? <Widget {...props} lang={lang} strings={ui} compact /> : <p className="b-widget__wait">{failed ? `${label} ✕` : label}</p>}
    </div>
  );
}
