import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '@/utils/ui-text';
import { ReportApp } from './ReportApp';

render(<ReportApp lang={pickLanguage(browser.i18n.getUILanguage())} />, document.getElementById('app')!);
