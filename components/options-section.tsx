import type { ComponentChildren } from 'preact';

/** One titled section of the options page; `id` is the anchor the header's links jump to. */
export function OptionsSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="rc-section" id={id} aria-labelledby={`${id}-title`}>
      <header class="rc-section__head">
        <h2 class="rc-section__title" id={`${id}-title`}>
          {title}
        </h2>
        {intro ? <p class="rc-section__intro">{intro}</p> : null}
      </header>
      {children}
    </section>
  );
}
