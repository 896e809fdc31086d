/** An edited section whose record has moved on: what would change, word by word, and the choice. Never applied unasked. */
import { wordDiff } from '../drafting/diff';
import type { Offer } from '../drafting/refresh';
import { t } from './i18n';

export function DraftOffer({ offer, onAccept, onDecline }: { offer: Offer; onAccept: () => void; onDecline: () => void }) {
  return (
    <div class="cc-offer" role="status">
      <p>{t('offerHeading')}</p>
      <details>
        <summary>{t('offerUpdate')}</summary>
        <p class="cc-diff" aria-label={t('offerDiffLabel')}>
          {wordDiff(offer.mine, offer.fromRecord).map((c, i) =>
            c.kind === 'added' ? <ins key={i}>{c.text}</ins> : c.kind === 'removed' ? <del key={i}>{c.text}</del> : <span key={i}>{c.text}</span>,
          )}
        </p>
        <div class="cc-actions">
          <button type="button" onClick={onAccept}>
            {t('offerUse')}
          </button>
          <button type="button" class="cc-secondary" onClick={onDecline}>
            {t('offerKeep')}
          </button>
        </div>
      </details>
    </div>
  );
}
