/** The default editor and how to save and close it. */
import { describe, expect, it } from 'vitest';
import { chooseEditor, saveAndCloseHelp } from '../../src/prompts/editor.js';

describe('the default editor', () => {
  it('is the user own when $VISUAL or $EDITOR is set', () => {
    expect(chooseEditor({ VISUAL: 'code -w', EDITOR: 'vim' }, 'linux', () => true)).toBe('code -w');
    expect(chooseEditor({ EDITOR: 'vim' }, 'win32', () => true)).toBe('vim');
  });
  it('is Notepad on Windows, else nano when installed, else vi', () => {
    expect(chooseEditor({}, 'win32', () => true)).toBe('notepad');
    expect(chooseEditor({}, 'linux', (c) => c === 'nano')).toBe('nano');
    expect(chooseEditor({}, 'darwin', () => false)).toBe('vi');
  });
  it('says how to save and close it', () => {
    expect(saveAndCloseHelp('notepad')).toBe('In Kladblok: Ctrl+S slaat op, daarna sluit je het venster.');
    expect(saveAndCloseHelp('/usr/bin/nano')).toBe('In nano: Ctrl+O en Enter slaat op, Ctrl+X sluit.');
    expect(saveAndCloseHelp('vim')).toBe('In vi: druk Esc, typ :wq en Enter om op te slaan en te sluiten.');
    expect(saveAndCloseHelp('code -w')).toBe('Sla het bestand op en sluit de editor.');
  });
});
