// Create an account, then onboarding.
import { api } from '../../api/client.js';
import { AuthForm } from '../sign-in/auth-form.js';

export default function SignUp() {
  return <AuthForm mode="signup" submit={api.signup} />;
}
