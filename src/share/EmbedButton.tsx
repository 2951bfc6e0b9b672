import { useState } from 'react';
import { t } from '../i18n';
import { useStore } from '../state/store';
import { EmbedDialog } from './EmbedDialog';

/** The header's "Embed" button; opens the Embed dialog for the current view. */
export function EmbedButton() {
  const lang = useStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="embed-button" aria-haspopup="dialog" title={t(lang, 'embed.button.label')} onClick={() => setOpen(true)} data-testid="embed:open">
        {t(lang, 'embed.button')}
      </button>
      <EmbedDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
