// The app: its routes (each screen loaded when first visited, so a first visit downloads little), the query
// cache, and the error screen.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, isRouteErrorResponse, Link, RouterProvider, useRouteError } from 'react-router';
import { ApiError } from './api/client.js';
import { Layout } from './components/layout.js';
import { Loading, messageOf } from './components/ui.js';
import { RequireAccount } from './session.js';

function scene(load: () => Promise<{ default: ComponentType }>) {
  const Scene = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Scene />
    </Suspense>
  );
}

function signedIn(element: ReactNode, profile = true) {
  return <RequireAccount profile={profile}>{element}</RequireAccount>;
}

function NotFound() {
  return <ErrorPage notFound error={null} />;
}

function RouteError() {
  const error = useRouteError();
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.status === 404);
  return <ErrorPage notFound={notFound} error={error} />;
}

function ErrorPage({ notFound, error }: { notFound: boolean; error: unknown }) {
  return (
    <div className="page narrow">
      <h1>{notFound ? 'Not found' : 'Something went wrong'}</h1>
      <p className="lead">
        {notFound
          ? 'There is nothing at this address. It may have been deleted, or the link is mistyped.'
          : messageOf(error)}
      </p>
      <p>
        <Link to="/">Back to your home page</Link>
      </p>
    </div>
  );
}

export const routes = [
  {
    path: '/signin',
    element: scene(() => import('./scenes/sign-in/index.js')),
    errorElement: <RouteError />,
  },
  {
    path: '/signup',
    element: scene(() => import('./scenes/sign-up/index.js')),
    errorElement: <RouteError />,
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            path: '/onboarding',
            element: signedIn(
              scene(() => import('./scenes/onboarding/index.js')),
              false,
            ),
          },
          { path: '/', element: signedIn(scene(() => import('./scenes/home/index.js'))) },
          { path: '/guide', element: signedIn(scene(() => import('./scenes/guide/index.js'))) },
          { path: '/guide/:level', element: signedIn(scene(() => import('./scenes/guide/index.js'))) },
          { path: '/questions', element: signedIn(scene(() => import('./scenes/questions/index.js'))) },
          { path: '/questions/:id', element: signedIn(scene(() => import('./scenes/question/index.js'))) },
          { path: '/take-home', element: signedIn(scene(() => import('./scenes/take-home/index.js'))) },
          { path: '/history', element: signedIn(scene(() => import('./scenes/history/index.js'))) },
          { path: '/progress', element: signedIn(scene(() => import('./scenes/progress/index.js'))) },
          { path: '/settings', element: signedIn(scene(() => import('./scenes/settings/index.js'))) },
          { path: '/practice/custom', element: signedIn(scene(() => import('./scenes/practice/index.js'))) },
          {
            path: '/practice/:questionId',
            element: signedIn(scene(() => import('./scenes/practice/index.js'))),
          },
          { path: '/attempts/:id', element: signedIn(scene(() => import('./scenes/report/index.js'))) },
          { path: '/loops', element: signedIn(scene(() => import('./scenes/loops/index.js'))) },
          { path: '/loops/:id', element: signedIn(scene(() => import('./scenes/loop/index.js'))) },
          { path: '/stories', element: signedIn(scene(() => import('./scenes/stories/index.js'))) },
          { path: '/stories/new', element: signedIn(scene(() => import('./scenes/story/index.js'))) },
          { path: '/stories/:id', element: signedIn(scene(() => import('./scenes/story/index.js'))) },
          { path: '/stories/:id/edit', element: signedIn(scene(() => import('./scenes/story/index.js'))) },
          { path: '/plan', element: signedIn(scene(() => import('./scenes/plan/index.js'))) },
          { path: '/plan/cards', element: signedIn(scene(() => import('./scenes/cards/index.js'))) },
          { path: '/reviews', element: signedIn(scene(() => import('./scenes/reviews/index.js'))) },
          {
            path: '/attempts/:id/reviews',
            element: signedIn(scene(() => import('./scenes/answer-reviews/index.js'))),
          },
          {
            path: '/loops/:id/reviews',
            element: signedIn(scene(() => import('./scenes/answer-reviews/index.js'))),
          },
          // A reviewer or a coach need not be a candidate: no onboarding; the scenes send a visitor to sign in.
          { path: '/review', element: scene(() => import('./scenes/review/index.js')) },
          { path: '/coach/join', element: scene(() => import('./scenes/coach-join/index.js')) },
          {
            path: '/coach',
            element: signedIn(
              scene(() => import('./scenes/coach/index.js')),
              false,
            ),
          },
          {
            path: '/coach/candidates/:candidateId',
            element: signedIn(
              scene(() => import('./scenes/coach-candidate/index.js')),
              false,
            ),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
