import { paths } from '../lib/paths';
import { LinkButton } from '../ui/link-button';
import { InfoState } from '../ui/info-state';

export function PlanNotice({ fileKey }: { fileKey: string }) {
  return (
    <InfoState
      title="Variables need a Figma Enterprise plan"
      body={
        <>
          <p>
            Figma opens its Variables API only to full members of Enterprise organizations, so
            Tokenport cannot read this file’s variables for you.
          </p>
          <p>
            You can still get design tokens: from the file’s colour, text and effect styles (any
            plan), or by importing the variables JSON you export from Figma (Variables panel →
            Export modes) or a saved API response.
          </p>
        </>
      }
      action={
        <>
          <LinkButton variant="primary" to={paths.fileStyles(fileKey)}>
            Tokens from styles
          </LinkButton>
          <LinkButton to={paths.importTokens()}>Import a JSON file</LinkButton>
        </>
      }
    />
  );
}
