import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { METADATA_FILES } from './functions/metadata';
import { EXCEL_NAMESPACE } from '../shared/functions/names';
import { HELP_PAGE } from '../shared/help/guide';
import type { Localized } from '../shared/i18n/lang';
import { ACTIONS } from './commands/ids';
import { iconFile, type IconSize } from './icons';
import { REQUIREMENTS } from './requirements';

/** Where `npm start` serves dist/excel; the root manifest.xml points here. */
export const DEV_BASE_URL = 'https://localhost:3000';

/** The add-in's identity: never change it, or Office sees a different add-in. */
export const ADDIN_ID = '6f1b8a52-3c4d-4e7a-9b1f-2d5c8e0a7b34';

/** The files of dist/excel the manifest and the task pane page name. */
export const PAGES = { taskpane: 'taskpane.html', runtimeScript: 'taskpane.js', functionsScript: 'functions.js', functionsMetadata: METADATA_FILES.en, help: HELP_PAGE } as const;

/** Where the manifest's revision is kept between builds; committed with the change that bumps it. */
export const REVISION_FILE = fileURLToPath(new URL('./manifest-revision.json', import.meta.url));

interface RevisionRecord {
  /** The package version the revision counts within. */
  readonly package: string;
  readonly revision: number;
  /** sha256 of the manifest (version left out) and functions.json the revision was given for. */
  readonly fingerprint: string;
}

/**
 * The manifest version: the package version, then a revision that rises by one whenever the
 * manifest or the functions metadata changes. Office caches custom functions metadata per manifest
 * version, and Office and AppSource expect a new version to be higher, never a hash that can go
 * down. The revision is kept in `record` (excel-addin/manifest-revision.json): the build raises
 * it for new contents and writes it back, to be committed with them; a release raises
 * `version` in package.json, and the revision starts again at 0 under it.
 */
export function manifestVersion(packageVersion: string, functionsJson: string, record: string = REVISION_FILE): string {
  const [major, minor, patch] = (packageVersion.match(/^(\d+)\.(\d+)\.(\d+)/) ?? ['', '1', '0', '0']).slice(1).map(Number);
  const release = `${major}.${minor}.${patch}`;
  const fingerprint = createHash('sha256')
    .update(excelManifest({ baseUrl: DEV_BASE_URL, version: '0.0.0.0' }))
    .update('\0')
    .update(functionsJson)
    .digest('hex');
  const kept = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as RevisionRecord) : undefined;
  let revision: number;
  if (kept && kept.package === release) revision = kept.fingerprint === fingerprint ? kept.revision : kept.revision + 1;
  else revision = 0;
  if (revision > 65535) throw new Error(`The manifest revision passed 65535: raise "version" in package.json for a release.`);
  if (!kept || kept.package !== release || kept.revision !== revision) {
    writeFileSync(record, `${JSON.stringify({ package: release, revision, fingerprint } satisfies RevisionRecord, null, 2)}\n`);
  }
  return `${release}.${revision}`;
}

/** Every text of the manifest in English (default) and Danish (da-DK override). */
const TEXT = {
  displayName: { en: 'KPI Review', da: 'KPI Review' },
  description: {
    en: 'KPI functions (KPI.RAG, KPI.ROLLING, …), review templates and a KPI agreement check for performance reviews.',
    da: 'KPI-funktioner (KPI.RAG, KPI.ROLLING, …), skabeloner til medarbejdersamtaler og et tjek af KPI-aftalen.',
  },
  groupLabel: { en: 'KPI Review', da: 'KPI Review' },
  paneButton: { en: 'Review pane', da: 'Samtalerude' },
  paneTip: {
    en: 'Insert templates, check the KPI agreement on this sheet and save versions of it.',
    da: 'Indsæt skabeloner, tjek KPI-aftalen på arket og gem versioner af den.',
  },
  insertButton: { en: 'Insert review', da: 'Indsæt samtale' },
  insertTip: {
    en: 'Insert the KPI review template into a new sheet. No existing sheet is changed.',
    da: 'Indsæt skabelonen til medarbejdersamtalen i et nyt ark. Eksisterende ark ændres ikke.',
  },
  checkInButton: { en: 'Check in', da: 'Opfølgning' },
  checkInTip: {
    en: 'Record a check-in of the KPIs on this review sheet: today’s numbers, a comment per KPI and the decision.',
    da: 'Registrér en opfølgning på KPI’erne på dette samtaleark: dagens tal, en kommentar pr. KPI og beslutningen.',
  },
  trackButton: { en: 'Track', da: 'Følg op' },
  trackTip: {
    en: 'Make or extend the tracking sheet of the agreement on this review sheet: one block per KPI, typed actuals kept.',
    da: 'Lav eller udvid opfølgningsarket for aftalen på dette samtaleark: én blok pr. KPI, indtastede tal bevares.',
  },
  dashboardButton: { en: 'Dashboard', da: 'Overblik' },
  dashboardTip: {
    en: 'Build the dashboard from the tracking sheet: the weighted score, a status table and a chart per KPI. Built again, it updates in place.',
    da: 'Byg overblikket ud fra opfølgningsarket: den vægtede score, en statustabel og et diagram pr. KPI. Bygges det igen, opdateres det på stedet.',
  },
  getStartedTitle: { en: 'KPI Review is ready', da: 'KPI Review er klar' },
  getStartedDescription: {
    en: 'Open the Review pane on the Home tab, or type =KPI. in a cell to use the KPI functions.',
    da: 'Åbn Samtalerude under fanen Hjem, eller skriv =KPI. i en celle for at bruge KPI-funktionerne.',
  },
} satisfies Record<string, Localized>;

const DA = 'da-DK';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A top-level localised element (`DisplayName`, `Description`). */
function localized(tag: string, text: Localized): string {
  return `<${tag} DefaultValue="${escape(text.en)}">
    <Override Locale="${DA}" Value="${escape(text.da)}"/>
  </${tag}>`;
}

/** A resource string with its Danish override. */
function resourceString(id: string, text: Localized): string {
  return `<bt:String id="${id}" DefaultValue="${escape(text.en)}">
          <bt:Override Locale="${DA}" Value="${escape(text.da)}"/>
        </bt:String>`;
}

const RIBBON_ICONS: readonly IconSize[] = [16, 32, 80];

function icons(): string {
  return `<Icon>
${RIBBON_ICONS.map((size) => `                    <bt:Image size="${size}" resid="Icon.${size}"/>`).join('\n')}
                  </Icon>`;
}

const executeFunction = (action: string): string => `<Action xsi:type="ExecuteFunction">
                    <FunctionName>${action}</FunctionName>
                  </Action>`;

/** The ribbon's buttons in their order: id stem, what a click does (the Action element), label and tooltip. */
const RIBBON_BUTTONS: readonly { readonly id: string; readonly action: string; readonly label: Localized; readonly tip: Localized }[] = [
  {
    id: 'PaneButton',
    action: `<Action xsi:type="ShowTaskpane">
                    <TaskpaneId>KpiReview.Pane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>`,
    label: TEXT.paneButton,
    tip: TEXT.paneTip,
  },
  { id: 'InsertButton', action: executeFunction(ACTIONS.insertReviewTemplate), label: TEXT.insertButton, tip: TEXT.insertTip },
  { id: 'CheckInButton', action: executeFunction(ACTIONS.checkIn), label: TEXT.checkInButton, tip: TEXT.checkInTip },
  { id: 'TrackButton', action: executeFunction(ACTIONS.trackAgreement), label: TEXT.trackButton, tip: TEXT.trackTip },
  { id: 'DashboardButton', action: executeFunction(ACTIONS.buildDashboard), label: TEXT.dashboardButton, tip: TEXT.dashboardTip },
];

function ribbonButton(id: string, action: string): string {
  return `<Control xsi:type="Button" id="KpiReview.${id}">
                  <Label resid="${id}.Label"/>
                  <Supertip>
                    <Title resid="${id}.Label"/>
                    <Description resid="${id}.Tooltip"/>
                  </Supertip>
                  ${icons()}
                  ${action}
                </Control>`;
}

export interface ManifestOptions {
  /** https base URL dist/excel is served from, without a trailing slash. */
  readonly baseUrl: string;
  readonly version: string;
}

/**
 * The XML add-in-only manifest: a Workbook task pane app with a shared runtime (one resid,
 * `Taskpane.Url`, for Runtime, custom functions Page, FunctionFile and ShowTaskpane), custom
 * functions in the `KPI` namespace, and a KPI Review group on the Home tab.
 */
export function excelManifest({ baseUrl, version }: ManifestOptions): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (!/^https:\/\//.test(base)) throw new Error(`the add-in must be served over https, not ${baseUrl}`);
  const url = (file: string) => escape(`${base}/${file}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by npm run build (excel-addin/manifest.ts): edit that file, not this one. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${version}</Version>
  <ProviderName>KPI Review</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  ${localized('DisplayName', TEXT.displayName)}
  ${localized('Description', TEXT.description)}
  <IconUrl DefaultValue="${url(iconFile(32))}"/>
  <HighResolutionIconUrl DefaultValue="${url(iconFile(64))}"/>
  <SupportUrl DefaultValue="${url(PAGES.help)}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
${REQUIREMENTS.map(({ name, minVersion }) => `      <Set Name="${name}" MinVersion="${minVersion}"/>`).join('\n')}
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(PAGES.taskpane)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Help.Url"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="KpiReview.Group">
                <Label resid="Group.Label"/>
                ${icons()}
                ${RIBBON_BUTTONS.map(({ id, action }) => ribbonButton(id, action)).join('\n                ')}
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${RIBBON_ICONS.map((size) => `        <bt:Image id="Icon.${size}" DefaultValue="${url(iconFile(size))}"/>`).join('\n')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${url(PAGES.taskpane)}"/>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url(PAGES.functionsScript)}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url(PAGES.functionsMetadata)}">
          <bt:Override Locale="${DA}" Value="${url(METADATA_FILES.da)}"/>
        </bt:Url>
        <bt:Url id="Help.Url" DefaultValue="${url(PAGES.help)}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${EXCEL_NAMESPACE}"/>
        ${resourceString('Group.Label', TEXT.groupLabel)}
        ${RIBBON_BUTTONS.map(({ id, label }) => resourceString(`${id}.Label`, label)).join('\n        ')}
        ${resourceString('GetStarted.Title', TEXT.getStartedTitle)}
      </bt:ShortStrings>
      <bt:LongStrings>
        ${RIBBON_BUTTONS.map(({ id, tip }) => resourceString(`${id}.Tooltip`, tip)).join('\n        ')}
        ${resourceString('GetStarted.Description', TEXT.getStartedDescription)}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
