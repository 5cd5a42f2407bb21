import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '@/utils/ui-text';
import { PopupApp } from './PopupApp';

render(<PopupApp lang={pickLanguage(browser.i18n.getUILanguage())} />, document.getElementById('app')!);
