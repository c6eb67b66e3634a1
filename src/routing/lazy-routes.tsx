import { useParams } from 'react-router';
import { Loading } from '../components/Loading';
import { platformArrival } from '../catalogue/platform-chunks';
import NotFoundPage from '../pages/NotFoundPage';
import RouteError from '../pages/RouteError';
import { pages } from './page-modules';
import { useArrival } from './use-arrival';

/** A page whose code loads on first use: a skeleton while it arrives, a plain message if it cannot. */
export function LazyPage({ page }: { page: (typeof pages)[Exclude<keyof typeof pages, 'platform'>] }) {
  const code = useArrival(page());
  if (!code) return <Loading />;
  if (!code.ok) return <RouteError />;
  const Page = code.value.default;
  return <Page />;
}

/** A platform's page: its code and its entries load side by side, and it renders once both are there. */
export function PlatformRoute() {
  const { id = '' } = useParams();
  const entries = platformArrival(id);
  const code = useArrival(pages.platform());
  const data = useArrival(entries);
  if (!entries) return <NotFoundPage />;
  if (code?.ok === false || data?.ok === false) return <RouteError />;
  if (!code || !data) return <Loading />;
  const Page = code.value.default;
  return <Page platform={data.value} />;
}
