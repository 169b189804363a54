import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { Doc } from '../document.js';
import type { Theme } from '../theme.js';
import { truncate } from '../wrap.js';
import { sectionEntry, sidePaneRows, speakerEntry } from '../chrome.js';

export type SideFocus = 'sections' | 'speakers' | null;

export interface SidePaneProps {
  doc: Doc;
  width: number;
  height: number;
  /** Which list has the keyboard (ink-select-input listens only then). */
  focus: SideFocus;
  currentSection: number;
  speakerFilter: number | null;
  theme: Theme;
  border: boolean;
  onSection(index: number): void;
  onSpeaker(index: number): void;
}

interface Entry {
  label: string;
  value: number;
}

/** Section and speaker lists. Keys inside a focused list (j/k, arrows, 1-9, Enter) belong to ink-select-input. */
export function SidePane({ doc, width, height, focus, currentSection, speakerFilter, theme, border, onSection, onSpeaker }: SidePaneProps) {
  const inner = Math.max(4, width - (border ? 1 : 0));
  const { sectionRows, speakerRows } = sidePaneRows(doc, height);

  const sectionItems = useMemo<Entry[]>(() => doc.sections.map((s) => ({ label: `s${s.index}`, value: s.index })), [doc]);
  const speakerItems = useMemo<Entry[]>(() => doc.speakers.map((s) => ({ label: `p${s.index}`, value: s.index })), [doc]);

  const SectionItem = useMemo(
    () =>
      function SectionItem({ label, isSelected }: { label: string; isSelected?: boolean }) {
        const s = doc.sections[Number(label.slice(1))];
        const current = s.index === currentSection;
        // The row draws its own mark (the indicator is empty): `›` or `▸`, not both.
        const text = sectionEntry(s, current, inner - 1, isSelected && focus === 'sections');
        return (
          <Text bold={current} inverse={isSelected && focus === 'sections'} color={current ? theme.accent : undefined}>
            {text}
          </Text>
        );
      },
    [doc, currentSection, inner, focus, theme],
  );

  const SpeakerItem = useMemo(
    () =>
      function SpeakerItem({ label, isSelected }: { label: string; isSelected?: boolean }) {
        const s = doc.speakers[Number(label.slice(1))];
        const filtered = speakerFilter === s.index;
        const { mark, name, figures } = speakerEntry(s, filtered, inner - 2);
        return (
          <Text inverse={isSelected && focus === 'speakers'}>
            <Text color={theme.speakerColor(s.index)}>{mark}</Text>
            <Text bold={filtered} color={theme.speakerColor(s.index)}>{name}</Text>
            <Text color={theme.muted}>{figures}</Text>
          </Text>
        );
      },
    [doc, speakerFilter, inner, focus, theme],
  );

  const indicators = useMemo(() => {
    const make = (list: SideFocus) =>
      function Indicator({ isSelected }: { isSelected?: boolean }) {
        return <Text>{isSelected && focus === list ? '›' : ' '}</Text>;
      };
    return { sections: () => null, speakers: make('speakers') };
  }, [focus]);

  const heading = (title: string, focused: boolean) => (
    <Text bold inverse={focused} color={focused ? undefined : theme.muted}>
      {truncate(title, inner)}
    </Text>
  );

  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle={border ? 'single' : undefined}
      borderTop={false}
      borderBottom={false}
      borderLeft={false}
      borderRight={border}
      borderColor={theme.muted}
    >
      {heading(`Sections (${doc.sections.length})`, focus === 'sections')}
      <Box height={sectionRows} flexDirection="column">
        {sectionItems.length ? (
          <SelectInput
            key={focus === 'sections' ? 'focused' : `at${currentSection}`}
            items={sectionItems}
            limit={sectionRows}
            initialIndex={Math.max(0, currentSection)}
            isFocused={focus === 'sections'}
            itemComponent={SectionItem}
            indicatorComponent={indicators.sections}
            onSelect={(item) => onSection(item.value)}
          />
        ) : (
          <Text color={theme.muted}> (none)</Text>
        )}
      </Box>
      {heading(`Speakers (${doc.speakers.length})`, focus === 'speakers')}
      <Box height={speakerRows} flexDirection="column">
        {speakerItems.length ? (
          <SelectInput
            key={focus === 'speakers' ? 'focused' : `at${speakerFilter ?? 0}`}
            items={speakerItems}
            limit={speakerRows}
            initialIndex={Math.max(0, speakerFilter ?? 0)}
            isFocused={focus === 'speakers'}
            itemComponent={SpeakerItem}
            indicatorComponent={indicators.speakers}
            onSelect={(item) => onSpeaker(item.value)}
          />
        ) : (
          <Text color={theme.muted}> (none yet)</Text>
        )}
      </Box>
    </Box>
  );
}
