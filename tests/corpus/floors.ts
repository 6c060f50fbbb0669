/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.033,
    "breachSilent": 0.02,
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
        "precision": 0.88,
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
        "precision": 0.89,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.62,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.032,
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
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.05,
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
        "precision": 0.63,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.84
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
        "precision": 0.63,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.93
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
        "recall": 0.89
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.41,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.65,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.026,
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
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.9
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.93,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.047,
    "breachSilent": 0.025,
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
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.88
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.96,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.122,
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
        "precision": 0.77,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.95
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.82,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.8,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/childminder-club.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.04,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.86,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.84
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.93,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/secondary-high.jsonl": {
    "cleanWarned": 0.087,
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
        "precision": 0.78,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/forest-nursery.jsonl": {
    "cleanWarned": 0.109,
    "breachSilent": 0.042,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.89
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/out-of-school-club.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.02,
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
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.76,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/infant-school.jsonl": {
    "cleanWarned": 0.125,
    "breachSilent": 0.028,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.9,
        "recall": 0.9
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.94,
        "recall": 0.88
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-group.jsonl": {
    "cleanWarned": 0.094,
    "breachSilent": 0.02,
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
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.9
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.83,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/family-hub.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.9,
        "recall": 0.7
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.95
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/prep-school.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.76,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.88
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.93,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.91,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/city-nursery.jsonl": {
    "cleanWarned": 0.128,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.71,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/junior-school.jsonl": {
    "cleanWarned": 0.175,
    "breachSilent": 0.051,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.89
      },
      "staff-name": {
        "precision": 0.72,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.55,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.066,
    "breachSilent": 0.047,
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
        "recall": 0.95
      },
      "personal-info": {
        "precision": 0.97,
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
        "precision": 0.84,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.08,
    "breachSilent": 0.015,
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
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.81,
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
        "precision": 0.85,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-3.jsonl": {
    "cleanWarned": 0.06,
    "breachSilent": 0.038,
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
        "precision": 0.87,
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
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-4.jsonl": {
    "cleanWarned": 0.17,
    "breachSilent": 0.057,
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
        "precision": 0.52,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
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
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.115,
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
        "precision": 0.83,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.68
      },
      "confidential": {
        "precision": 0.65,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-1.jsonl": {
    "cleanWarned": 0.159,
    "breachSilent": 0.08,
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
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.63
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.81
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.85
      }
    }
  },
  "tests/corpus/sealed/sealed-2.jsonl": {
    "cleanWarned": 0.246,
    "breachSilent": 0.073,
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
        "precision": 0.75,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.64,
        "recall": 0.63
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.43
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.76
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.84
      },
      "political-religious": {
        "precision": 0.88,
        "recall": 0.85
      }
    }
  },
  "tests/corpus/sealed/sealed-3.jsonl": {
    "cleanWarned": 0.098,
    "breachSilent": 0.102,
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
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.66,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.81,
        "recall": 0.59
      },
      "confidential": {
        "precision": 0.51,
        "recall": 0.53
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.74
      }
    }
  },
  "tests/corpus/sealed/sealed-4.jsonl": {
    "cleanWarned": 0.152,
    "breachSilent": 0.072,
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
        "precision": 0.69,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.6,
        "recall": 0.35
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.57,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.54
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-5.jsonl": {
    "cleanWarned": 0.087,
    "breachSilent": 0.058,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.74
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.93
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.63
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.88,
        "recall": 0.93
      }
    }
  },
  "tests/corpus/sealed/sealed-6.jsonl": {
    "cleanWarned": 0.158,
    "breachSilent": 0.058,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.62,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.66,
        "recall": 0.62
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.76,
        "recall": 0.71
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.9
      }
    }
  },
  "tests/corpus/sealed/sealed-7.jsonl": {
    "cleanWarned": 0.136,
    "breachSilent": 0.06,
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
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.57,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.73
      },
      "confidential": {
        "precision": 0.67,
        "recall": 0.73
      },
      "work-talk": {
        "precision": 0.76,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.9
      }
    }
  },
  "tests/corpus/sealed/sealed-8.jsonl": {
    "cleanWarned": 0.101,
    "breachSilent": 0.047,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.75
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.42
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.71
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.56
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.83
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.037,
    "breachSilent": 0.05,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.95,
        "recall": 0.86
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.6,
        "recall": 0.52
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.62
      },
      "work-talk": {
        "precision": 0.68,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.95
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.09,
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
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.52
      },
      "work-talk": {
        "precision": 0.61,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.88
      }
    }
  }
};
