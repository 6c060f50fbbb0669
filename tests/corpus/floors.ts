/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.024,
    "breachSilent": 0.033,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.94,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.71,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.049,
    "breachSilent": 0.038,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.92,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.04,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev4.jsonl": {
    "cleanWarned": 0.015,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.95
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.66,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.9,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.89
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.47
      },
      "work-talk": {
        "precision": 0.94,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.057,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.93,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.91,
        "recall": 0.33
      },
      "work-talk": {
        "precision": 0.96,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.146,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.79
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.66,
        "recall": 0.15
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.072,
    "breachSilent": 0.073,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.83,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.92,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.057,
    "breachSilent": 0.036,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.95
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.065,
    "breachSilent": 0.065,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.89
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.82
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-1.jsonl": {
    "cleanWarned": 0.154,
    "breachSilent": 0.107,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.84,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.4
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.88
      },
      "personal-info": {
        "precision": 0.66,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.4
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.8
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.85
      }
    }
  },
  "tests/corpus/sealed/sealed-2.jsonl": {
    "cleanWarned": 0.209,
    "breachSilent": 0.104,
    "categories": {
      "setting-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.69,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.39
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.71,
        "recall": 0.65
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.44
      },
      "work-talk": {
        "precision": 0.79,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.77
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.036,
    "breachSilent": 0.07,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.95,
        "recall": 0.8
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.56
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.6
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.24
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.093,
    "breachSilent": 0.139,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.96,
        "recall": 0.87
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.86
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.64
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.37
      },
      "work-talk": {
        "precision": 0.62,
        "recall": 0.8
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.88
      }
    }
  }
};
