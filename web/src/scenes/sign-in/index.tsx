// Sign in, then back to the page that asked for it.
import { api } from '../../api/client.js';
import { AuthForm } from './auth-form.js';

export default function SignIn() {
  return <AuthForm mode="signin" submit={api.login} />;
}
