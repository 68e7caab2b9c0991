import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Tone } from './callout';
import { Icon } from './icon';
import './ui.css';

interface ToastMessage {
  id: number;
  tone: Tone;
  title: string;
  body?: string;
}

interface ToastApi {
  show(message: Omit<ToastMessage, 'id'>): void;
}

const ToastContext = createContext<ToastApi | undefined>(undefined);
let nextId = 1;

/**
 * One polite live region for transient messages; each toast leaves after six seconds or when
 * dismissed. While one shows, the page reserves room at its end (ui.css), so no control stays
 * stuck under it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const show = useCallback((message: Omit<ToastMessage, 'id'>) => {
    const id = nextId++;
    setMessages((current) => [...current, { ...message, id }]);
    setTimeout(() => setMessages((current) => current.filter((m) => m.id !== id)), 6000);
  }, []);
  const dismiss = useCallback(
    (id: number) => setMessages((current) => current.filter((m) => m.id !== id)),
    [],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="ui-toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <div key={message.id} className={`ui-toast ui-toast--${message.tone}`}>
            <div className="ui-toast__text">
              <p className="ui-toast__title">{message.title}</p>
              {message.body && <p className="ui-toast__body">{message.body}</p>}
            </div>
            <button
              type="button"
              className="ui-toast__close"
              aria-label={`Dismiss: ${message.title}`}
              onClick={() => dismiss(message.id)}
            >
              <Icon name="close" size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider');
  return api;
}
