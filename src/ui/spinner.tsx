import './ui.css';

export function Spinner({ label, size = 16 }: { label?: string; size?: number }) {
  return (
    <span
      className="ui-spinner"
      role={label ? 'status' : undefined}
      style={{ width: size, height: size }}
    >
      {label && <span className="visually-hidden">{label}</span>}
    </span>
  );
}
