import '@gcm-practices/elements/define';
import type { PracticeSelectDetail } from '@gcm-practices/elements';
import { useState } from 'react';

type Practice = PracticeSelectDetail['practice'];

export function App() {
  const [total, setTotal] = useState<number>();
  const [chosen, setChosen] = useState<Practice>();

  return (
    <main>
      <h1>Practices against trafficking in persons</h1>
      <p role="status">{total === undefined ? 'Loading…' : `${total} practices`}</p>
      {/* Properties and events are typed: page-size is a number, e.detail a ResultsDetail. */}
      <gcm-practices
        objective="10"
        pageSize={6}
        filters="search,country"
        ongcm-results={(e) => setTotal(e.detail.total)}
        ongcm-practice-select={(e) => {
          e.preventDefault();
          setChosen(e.detail.practice);
        }}
      />
      {chosen && (
        <aside aria-label="Chosen practice">
          <h2>You chose</h2>
          {/* A card given the practice object: it renders from it, without a request of its own. */}
          <gcm-practice-card id="chosen" practice={chosen} headingLevel={3} />
        </aside>
      )}
    </main>
  );
}
