/** Shown for an unknown address inside the app. */
export function NotFound() {
  return (
    <section class="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="/">Go to the estimate</a>.
      </p>
    </section>
  );
}
