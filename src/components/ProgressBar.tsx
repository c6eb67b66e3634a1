import type { Progress } from '../audit/progress';
import { formatPercent } from '../i18n/format';

export function ProgressBar({ progress, label, text }: { progress: Progress; label: string; text: string }) {
  return (
    <div className="progress">
      <progress value={progress.complete} max={Math.max(progress.total, 1)} aria-label={label} />
      <span className="progress-text">
        {text} <span className="progress-percent">({formatPercent(progress.ratio)})</span>
      </span>
    </div>
  );
}
