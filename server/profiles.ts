// Server profiles: HELDER_PROFILES=dir loads every *.yaml in that folder at start, in the helder.config.yaml
// format (own words, kept terms, disabled rules, thresholds). A request names one with "profile": "<file name
// without .yaml>"; the profile then applies as `helder review --config` applies it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, loadConfig, type ReviewConfig } from "../cli/review/config.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { defaultCheckOptions, type CheckOptions } from "../engine/types.ts";
import { ApiError, messages } from "./errors.ts";

export type Profiles = ReadonlyMap<string, ReviewConfig>;

export const noProfiles: Profiles = new Map();

export const profileMessages = {
  noFolder: "HELDER_PROFILES: Helder kan deze map niet openen:",
  noProfiles: "Op deze server staan geen profielen. Stuur de vraag zonder 'profile'.",
  unknown: "Dit profiel kent Helder niet. Kies een van deze profielen:",
} as const;

/** Every *.yaml in the folder, by file name without .yaml; throws ConfigError naming the file, line and entry. */
export function loadProfiles(dir: string): Profiles {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".yaml") && !n.startsWith(".")).sort();
  } catch (error) {
    throw new ConfigError(`${profileMessages.noFolder} '${dir}' (${(error as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  const shippedIds = new Set(loadLexicon().map((e) => e.id));
  return new Map(names.map((name) => [name.slice(0, -".yaml".length), loadConfig(join(dir, name), shippedIds)]));
}

/** The profiles of HELDER_PROFILES, or none when it is not set. */
export function profilesFromEnv(env: NodeJS.ProcessEnv = process.env): Profiles {
  const dir = env.HELDER_PROFILES?.trim();
  return dir ? loadProfiles(dir) : noProfiles;
}

/**
 * The profile a request names, or undefined when it names none; a name the server does not know is a 400.
 * The request's own thresholds apply on top of the profile's, so together they must still make sense.
 */
export function profileFor(profiles: Profiles, name: string | undefined, options?: Partial<CheckOptions>): ReviewConfig | undefined {
  if (name === undefined) return undefined;
  const profile = profiles.get(name);
  if (!profile) {
    const message = profiles.size === 0 ? profileMessages.noProfiles : `${profileMessages.unknown} ${[...profiles.keys()].map((n) => `'${n}'`).join(", ")}.`;
    throw new ApiError(400, "unknown_profile", message);
  }
  const warn = options?.sentenceWarnWords ?? profile.sentenceWarnWords ?? defaultCheckOptions.sentenceWarnWords;
  const error = options?.sentenceErrorWords ?? profile.sentenceErrorWords ?? defaultCheckOptions.sentenceErrorWords;
  if (warn > error) throw new ApiError(400, "invalid_options", messages.badOptions);
  return profile;
}
