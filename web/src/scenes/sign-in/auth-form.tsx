// The sign-in and sign-up form: the same two fields, the API's message when it refuses.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { User } from '../../api/types.js';
import { ErrorAlert, Field } from '../../components/ui.js';
import { useResetSession } from '../../session.js';

/** Only a path of this app may follow sign-in: never another site named in the link. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function AuthForm({
  mode,
  submit,
}: {
  mode: 'signin' | 'signup';
  submit: (email: string, password: string) => Promise<{ user: User }>;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const reset = useResetSession();
  const mutation = useMutation({
    mutationFn: () => submit(email.trim(), password),
    onSuccess: () => {
      reset();
      // A new account onboards first, then goes where the link that brought it asked (a review, an invite).
      const next = safeNext(params.get('next'));
      navigate(
        mode === 'signup' ? `/onboarding${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}` : next,
        {
          replace: true,
        },
      );
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button stays enabled (aria-disabled) while waiting so keyboard focus is not dropped to the page.
    if (!mutation.isPending) mutation.mutate();
  };
  const title = mode === 'signup' ? 'Create your account' : 'Sign in to Ladder';
  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <div className="brand brand-large">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>Ladder</span>
        </div>
        <h1>{title}</h1>
        <p className="lead">Practise PM interviews against the bar of the level you are aiming for.</p>
        <form onSubmit={onSubmit} noValidate={false}>
          <ErrorAlert focus error={mutation.error} />
          <Field label="Email">
            {(props) => (
              <input
                {...props}
                type="email"
                name="email"
                autoComplete="email"
                required
                maxLength={254}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label="Password" hint={mode === 'signup' ? '8 characters or more.' : undefined}>
            {(props) => (
              <input
                {...props}
                type="password"
                name="password"
                autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
                required
                minLength={8}
                maxLength={256}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button primary wide" aria-disabled={mutation.isPending}>
            {mutation.isPending ? 'One moment…' : mode === 'signup' ? 'Create account' : 'Sign in'}
          </button>
        </form>
        <p className="auth-switch">
          {mode === 'signup' ? (
            <>
              Already have an account? <Link to={`/signin${params.size ? `?${params}` : ''}`}>Sign in</Link>
            </>
          ) : (
            <>
              New to Ladder? <Link to={`/signup${params.size ? `?${params}` : ''}`}>Create an account</Link>
            </>
          )}
        </p>
      </main>
    </div>
  );
}
